import { test } from 'node:test';
import assert from 'node:assert/strict';
import { introducedNames } from './self-introduction';
import { nameDetectors } from './index';
import { matches } from '../../../testing/detectors';

const names = (text: string) => introducedNames(text).map((c) => text.slice(c.start, c.end));

test('self-introduction: "my name is" in Cyrillic, Greek, Arabic, Hebrew, Devanagari, Chinese, Japanese and Korean', () => {
  assert.deepEqual(names('Меня зовут Алексей Смирнов, я живу в Новосибирске.'), ['Алексей Смирнов']);
  assert.deepEqual(names('Привіт! Мене звати Олена.'), ['Олена']);
  assert.deepEqual(names('Γεια σας, με λένε Γιώργο Παπαδόπουλο.'), ['Γιώργο Παπαδόπουλο']);
  assert.deepEqual(names('مرحبا، اسمي أحمد خالد وأسكن في الرياض'), ['أحمد خالد']);
  assert.deepEqual(names('שלום, שמי דנה כהן'), ['דנה כהן']);
  assert.deepEqual(names('नमस्ते, मेरा नाम राहुल शर्मा है।'), ['राहुल शर्मा']);
  assert.deepEqual(names('你好，我叫王伟，我住在上海。'), ['王伟']);
  assert.deepEqual(names('私の名前は田中太郎です。東京に住んでいます。'), ['田中太郎']);
  assert.deepEqual(names('はじめまして、佐藤と申します。'), ['佐藤']);
  assert.deepEqual(names('안녕하세요, 제 이름은 김민준입니다.'), ['김민준']);
});

test('self-introduction: sentences that are no naming phrase find nothing', () => {
  for (const text of [
    'Меня зовут на работу каждый день.', // lower case after the phrase: "they call me to work"
    '私は学生です。', // "I am a student"
    '我是学生。', // "I am a student"
    '저는 학생입니다.', // "I am a student"
    'My name is Anna.', // Latin: the tagger's job
    'Это модель Llama 3, обученная на 15T токенов.',
  ]) assert.deepEqual(names(text), [], text);
});

test('self-introduction: through the PERSON detector, as the editor and the CLI report it', () => {
  const person = nameDetectors().find((d) => d.entity === 'PERSON')!;
  assert.deepEqual(matches(person, 'Меня зовут Алексей Смирнов. Мой email: a.smirnov@yandex.ru', 0.5), ['Алексей Смирнов']);
  assert.deepEqual(matches(person, '私の名前は田中太郎です。電話番号は090-1234-5678です。', 0.5), ['田中太郎']);
});

test('self-introduction: a lower-case name after a naming phrase; no English or ordinary word', () => {
  const person = nameDetectors().find((d) => d.entity === 'PERSON')!;
  for (const [text, name] of [
    ['hi my name is jaxon and i live in leeds', 'jaxon'],
    ["hey, i'm called oluwaseun btw", 'oluwaseun'],
    ['my name is priyanka sharma, order 4471', 'priyanka sharma'],
    ["salut je m'appelle chloé", 'chloé'],
  ]) assert.deepEqual(matches(person, text, 0.5), [name], text);
  for (const text of ['my name is not important', 'my name is misspelled on the ticket', 'my name is on the list', 'the field my name is required', 'my name is pending approval']) {
    assert.deepEqual(matches(person, text, 0.5), [], text);
  }
});
