import { generate } from './names';
const texts = generate(3 * 1024 * 1024);
const mb = texts.reduce((n, t) => n + t.length, 0) / 1024 / 1024;
const names = (process.env.AB ?? 'base,new,var').split(',');
const an: Record<string, any> = {};
for (const k of names) { an[k] = new (require(`/tmp/na-ab/${k}.js`).NamesAnalyzer)({}, { useCompromise: false }); an[k].analyze('warm up Anna in Lyon'); }
const cpu: Record<string, number[]> = Object.fromEntries(names.map((k) => [k, []]));
for (let r = 0; r < 7; r++) for (const k of r % 2 ? [...names].reverse() : names) {
  const a = an[k]; const c0 = process.cpuUsage();
  for (const t of texts) a.analyze(t);
  const c = process.cpuUsage(c0); cpu[k].push((c.user + c.system) / 1e6);
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
console.log(`${mb.toFixed(1)} MB of text; CPU medians: ` + names.map((k) => `${k} ${(mb / med(cpu[k])).toFixed(2)} MB/s (${(med(cpu[names[0]]) / med(cpu[k])).toFixed(3)} of ${names[0]})`).join(', '));
