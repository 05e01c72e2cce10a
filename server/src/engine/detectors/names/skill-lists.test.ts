import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameDetectors } from './index';
import { matches } from '../../../testing/detectors';

const detectors = nameDetectors().filter((d) => d.entity === 'PERSON' || d.entity === 'LOCATION');
const found = (text: string) => detectors.flatMap((d) => matches(d, text, 0.5).map((v) => `${d.entity}:${v}`));

test('skill lists: tools named like people or towns in a CV\'s skills section are nothing', () => {
  const cv = [
    'TECHNICAL SKILLS',
    'DevOps: Jenkins, Ansible, Chef, Puppet, Terraform, Vagrant, Nagios, Grafana',
    'Design: Figma, Sketch, Adobe XD, Maya, Houdini, Blender, Unity, Godot',
  ].join('\n');
  assert.deepEqual(found(cv), []);
  // A name outside the list, or in a line of fewer than three items, is a name.
  assert.deepEqual(found('References: Robert Chen, Director of Data Platform\nSkills: Python, SQL, Spark'), ['PERSON:Robert Chen']);
  assert.deepEqual(found('Team: Jenkins, Miller and Smith reviewed it.'), ['PERSON:Jenkins', 'PERSON:Miller', 'PERSON:Smith']);
});
