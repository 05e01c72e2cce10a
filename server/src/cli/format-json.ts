// `datasan scan --format json` (test/cli/scan-output.schema.json), written a finding at a time.
import type { FoundIn } from '../engine/stream';
import { indentedFinding, indentedJson, JsonArrayWriter, type Output, type ReportWriter, reportFinding } from './output';

export class JsonWriter implements ReportWriter {
  private readonly files: JsonArrayWriter;
  private findings?: JsonArrayWriter;
  /** The current file's format notices (one per invalid line at most): they follow its findings. */
  private notices: { rule: string; message: string; range: FoundIn['notices'][number]['range'] }[] = [];

  constructor(
    private readonly out: Output,
    private readonly showValues: boolean,
  ) {
    out.write('{\n  "version": 1,\n  "files": ');
    this.files = new JsonArrayWriter(out, 1);
  }

  startFile(path: string): void {
    this.files.pushRaw(`{\n      "path": ${JSON.stringify(path)},\n      "findings": `);
    this.findings = new JsonArrayWriter(this.out, 3);
    this.notices = [];
  }

  found(found: FoundIn): void {
    for (const f of found.findings) this.findings!.pushRaw(indentedFinding(reportFinding(f, found, this.showValues), 4));
    for (const n of found.notices) this.notices.push({ rule: n.rule, message: n.message, range: n.range });
  }

  endFile(errors: readonly string[]): void {
    this.findings!.close();
    this.out.write(',\n      "notices": ');
    const notices = new JsonArrayWriter(this.out, 3);
    for (const n of this.notices) notices.push(n);
    notices.close();
    this.notices = [];
    this.out.write(`,\n      "errors": ${indentedJson(errors, 3)}\n    }`);
  }

  end(): void {
    this.files.close();
    this.out.write('\n}\n');
  }
}
