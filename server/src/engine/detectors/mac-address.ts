import type { Candidate, Detector } from '../types';
import { matchesOf } from '../regexp';

// 00:1a:2b:3c:4d:5e or 00-1A-2B-3C-4D-5E (one separator throughout), or Cisco's 001a.2b3c.4d5e;
// never a run inside a longer colon/dash/dot sequence such as an IPv6 address.
const MAC = /(?<![\w:.-])(?:[0-9A-Fa-f]{2}([:-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4})(?![\w:-]|\.\w)/g;

export const macAddress: Detector = {
  id: 'pii/mac-address',
  entity: 'MAC_ADDRESS',
  label: 'MAC address',
  description: 'A network hardware (MAC) address, which identifies a device.',
  tags: ['network', 'device'],
  defaultSeverity: 'warning',
  // Not digit-scoped: an address may hold no decimal digit at all (Cisco's aabb.ccdd.eeff).
  contextWords: [
    'mac', 'macs', 'mac address', 'mac addr', 'hwaddr', 'ether', 'ethernet', 'bssid', 'ssid', 'wifi', 'wi-fi', 'wlan', 'bluetooth', 'device',
    'hardware address', 'physical address', 'mac-adresse', 'adresse mac', 'dirección mac', 'indirizzo mac',
  ],
  skipsIds: true,
  // A separator, two hex digits and a separator again (or Cisco's dotted group of four): what every MAC
  // holds and record ids ("rec-12345") or hyphenated words do not. Led by the separator, it scans fast.
  trigger: /[:-][0-9A-Fa-f]{2}[:-]|\.[0-9A-Fa-f]{4}\./,
  detect(text) {
    const out: Candidate[] = [];
    for (const m of matchesOf(MAC, text)) {
      const value = m[0];
      const hex = value.replace(/[:.-]/g, '').toLowerCase();
      if (/^0+$/.test(hex) || /^f+$/.test(hex)) continue; // unset or broadcast
      // Twelve decimal digits and no hex letter is rare for a real MAC (~0.4%) and common for ids and times.
      const decimalOnly = /^\d+$/.test(hex);
      // Tools print one case; generated data mixes them (0d-B3-4a-6A-d9-cF): still a MAC, a little less sure.
      const mixedCase = value !== value.toLowerCase() && value !== value.toUpperCase();
      const notation = m[1] ? 0.8 : 0.65;
      out.push({
        start: m.index,
        end: m.index + value.length,
        score: decimalOnly ? 0.3 : mixedCase ? notation - 0.15 : notation,
        reasons: [decimalOnly ? 'no hex letters' : mixedCase ? 'MAC address notation, mixed case' : 'MAC address notation'],
      });
    }
    return out;
  },
};
