/** Las páginas que enumeran artículos, en español: el índice de cada clase, con su introducción. */
import type { Strings } from '../en.ts';

export const listings: Strings['listings'] = {
  aToZ: (kinds: string) => `${kinds} de la A a la Z`,
  intros: {
    types: 'Todos los tipos de masaje que tratamos, desde el relajante masaje sueco hasta el masaje médico para un problema diagnosticado.',
    techniques: 'Los movimientos de las manos y los métodos que usan los terapeutas, y qué tipos de masaje los usan.',
    conditions: 'Síntomas y afecciones por los que la gente busca un masaje, lo que dice la evidencia y cuándo consultar a un médico en su lugar.',
    regions: 'Empiece por donde le duele: cada zona del cuerpo enumera sus problemas comunes y los tipos de masaje que la trabajan.',
    guides: 'Guías prácticas: cómo elegir un masaje, seguridad, costos, cómo encontrar un terapeuta y qué esperar.',
  },
};
