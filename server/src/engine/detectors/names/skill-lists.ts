// The skills section of a CV or a job ad lists tools, many of them named like people or towns ("DevOps:
// Jenkins, Ansible, Terraform", "Design: Figma, Maya, Houdini", "BI: Tableau, Grafana"): a name or a place
// inside such a list, on a line labelled with a skills word and holding at least three items, is a product.
import type { Candidate } from '../../types';

/** A line label of a skills list, then the list: "Skills:", "Tech stack:", "DevOps:", "Frameworks -". */
const SKILL_LABEL =
  /^[ \t•*-]*(?:[\p{L}/&+ ]{0,24}?\b)?(?:skills?|tools?|tooling|technologies|technology|tech|stack|frameworks?|libraries|software|platforms?|devops|ci\/cd|testing|design|databases?|cloud|crm|bi|ide|editors|packages|programming|proficient\s+in|familiar\s+with|experience\s+with)\b[^:\n]{0,16}[:–-][ \t]*/iu;

/** Whether the candidate is an item of a skills list on its line. */
export function inSkillList(text: string, c: Candidate): boolean {
  const lineStart = text.lastIndexOf('\n', c.start - 1) + 1;
  let lineEnd = text.indexOf('\n', c.end);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  const label = SKILL_LABEL.exec(line);
  if (!label || lineStart + label[0].length > c.start) return false;
  return line.slice(label[0].length).split(/[,;|•]/).length >= 3;
}
