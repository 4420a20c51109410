import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strings } from '../../../src/i18n/index.ts';
import { richText } from '../../../src/i18n/rich.ts';
import { assessFindings } from '../../../src/lib/model/grade-rule.ts';
import { comparisonStatements, type StatedFinding } from '../../../src/lib/model/grade-statements.ts';
import { statedFinding } from '../model/stated-finding.ts';
import { leaves } from './leaves.ts';

/**
 * Words that are the same in both languages, and may stay so. Keep it short:
 * everything else equal to its English is a word left untranslated.
 */
const SAME_IN_BOTH = new Set([
  'decision.yesNo.no', // "No" is Spanish too
  'evidence.research.named', // "(Gross et al.)": "et al." is written so in Spanish citations
  'evidence.research.cited', // "Gross et al. 2024"
]);

// What leaves() hands a word-making function (3, "X", "Y"), and what a missing field prints.
const SAMPLE = /\b(?:X|Y|3|undefined)\b/g;
/** A word with nothing to translate: only punctuation and the values the function was given ("3 | X", "3 (X)"). */
const onlyValues = (text: string) => !/\p{L}/u.test(text.replace(SAMPLE, ''));

const en = new Map(leaves(strings('en')));
const es = leaves(strings('es'));

test('no Spanish word is the English one, except the few that are the same in both languages', () => {
  const same = es.filter(([path, text]) => en.get(path) === text && !onlyValues(text) && !SAME_IN_BOTH.has(path)).map(([path, text]) => `${path}: "${text}"`);
  assert.deepEqual(same, []);
  // The allow-list holds only words that really are the same, so a translated one leaves it.
  for (const path of SAME_IN_BOTH) assert.equal(es.find(([p]) => p === path)?.[1], en.get(path), path);
});

test('the Spanish words keep every {named} place of the templates and every link name of the sentences', () => {
  const places = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const links = (text: string) => richText(text).flatMap((part) => (part.kind === 'link' ? [part.name] : [])).sort();
  for (const [path, text] of es) {
    assert.deepEqual(places(text), places(en.get(path)!), `${path}: "${text}"`);
    assert.deepEqual(links(text), links(en.get(path)!), `${path}: "${text}"`);
  }
});

test('the safety sentences say 911 where the English does, and the grade names are the Spanish articles\'', () => {
  const t = strings('es');
  assert.match(t.components.safetyBox.emergency, /^Llame al 911 o al número de emergencias local/);
  assert.equal(t.components.reportProblem.link, 'Informar un problema con esta página');
  assert.equal(t.components.articleHeader.lastReviewed, 'Última revisión:');
  assert.deepEqual(
    Object.values(t.evidence.grades).map((g) => g.label),
    ['Evidencia sólida', 'Evidencia moderada', 'Evidencia limitada', 'No hay suficiente evidencia', 'Solo uso tradicional', 'No se demostró un beneficio'],
  );
  assert.equal(t.evidence.certainty['not-graded'], 'certeza no indicada');
  assert.equal(t.components.urgentHelp.signs(1), '1 señal de alarma que necesita un médico, no un masaje');
  assert.equal(t.components.priceTable.minutes(1200), '1,200 minutos');
});

// The Spanish outcome, as a Spanish page's research would name it.
const f = (over: Partial<StatedFinding>) => statedFinding({ outcome: 'el dolor', ...over });
const say = (findings: StatedFinding[], subject = 'el masaje sueco') =>
  comparisonStatements(() => subject, 'el dolor lumbar', assessFindings(findings, { supersededBy: new Map(), summarises: new Map() }), () => 'Smith et al. 2020, revisión', strings('es').evidence.statements).map(
    (s) => s.sentence,
  );

test('the Spanish GRADE statements keep each level of certainty: "probablemente", "puede", "no sabemos con certeza"', () => {
  assert.deepEqual(say([f({ certainty: 'high' })]), [
    'Para el dolor lumbar, en comparación con ningún tratamiento o la atención habitual, el masaje sueco ayuda con el dolor. Certeza alta. Fuente: Smith et al. 2020, revisión.',
  ]);
  assert.match(say([f({ certainty: 'moderate' })])[0]!, /el masaje sueco probablemente ayuda con el dolor\. Certeza moderada\./);
  assert.match(say([f({ certainty: 'low' })])[0]!, /el masaje sueco puede ayudar con el dolor\. Certeza baja\./);
  assert.match(say([f({ certainty: 'very-low' })])[0]!, /no sabemos con certeza si el masaje sueco ayuda con el dolor\. Certeza muy baja\./);
});

test('a Spanish null result says "poca o ninguna diferencia", and an indirect one says why it was lowered', () => {
  assert.match(say([f({ result: 'no-difference', certainty: 'moderate', comparison: 'sham' })])[0]!, /tratamiento simulado \(placebo\), el masaje sueco probablemente hace poca o ninguna diferencia en el dolor\./);
  assert.match(say([f({ result: 'no-difference', certainty: 'low', comparison: 'sham' })])[0]!, /el masaje sueco puede hacer poca o ninguna diferencia en el dolor\./);
  assert.match(
    say([f({ direct: false, certainty: 'moderate' })], 'el masaje en general')[0]!,
    /el masaje en general puede ayudar con el dolor\. Certeza baja: moderada en la investigación, un nivel menos porque este estilo no se probó por su nombre\./,
  );
  assert.match(say([f({ certainty: 'not-graded' })])[0]!, /Certeza baja: el estudio no da ninguna calificación de certeza, así que empezamos en baja\./);
});

test('a Spanish research line says what it was compared with and its certainty', () => {
  const line = strings('es').evidence.research.finding({ who: 'Revisión Cochrane (Furlan et al.), 2015', people: '3,096 personas', found: 'alivio del dolor', comparedWith: 'ningún tratamiento', certainty: 'evidencia de certeza baja' });
  assert.equal(line, 'Revisión Cochrane (Furlan et al.), 2015 (3,096 personas): alivio del dolor en comparación con ningún tratamiento; evidencia de certeza baja');
  assert.equal(strings('es').evidence.research.people(3096), '3,096 personas');
});
