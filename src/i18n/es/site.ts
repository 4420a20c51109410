/**
 * Lo que el sitio dice de sí mismo en español: su descripción, las de las
 * páginas principales, quién lo publica, y las palabras del enlace "Informar
 * un problema" y de la nota de la copia de prueba.
 */
import type { Strings } from '../en.ts';

export const site: Strings['site'] = {
  description: 'Artículos en lenguaje sencillo y con fuentes sobre los tipos de masaje, las técnicas y los problemas de salud con los que el masaje puede ayudar, con consejos de seguridad para cada uno.',
  pages: {
    compare: 'Todos los tipos de masaje, lado a lado: propósito, presión, zonas que trabajan, receta, evidencia, duración de la sesión y notas sobre el costo, a partir de nuestros artículos.',
    decide: 'Responda unas preguntas cortas para encontrar tipos de masaje adecuados para su situación, con las razones y los puntos de seguridad que debe revisar.',
    about: 'Quién publica este sitio, cómo se revisan y se financian sus artículos, y cómo informar un problema.',
    forClinics: 'Cómo las clínicas pueden enlazar a nuestras páginas y secciones, insertar tarjetas de resumen, imprimir hojas informativas para pacientes y buscar páginas por código de diagnóstico.',
  },
  // No se nombra a ninguna persona, título ni organización, porque no se ha dado ninguno.
  publisher: 'el equipo editorial de la Guía de Masoterapia',
  report: {
    subject: (title: string) => `Problema con la página "${title}"`,
    body: (url: string) => `Página: ${url}\n\nQué está mal, y una fuente que lo demuestre si la tiene:\n`,
  },
  previewAddressNote:
    'Copia de prueba: las direcciones de esta página son rutas de esta copia, no direcciones públicas completas, así que un código QR impreso o un fragmento pegado no abrirán el sitio. Genere el sitio con SITE_URL configurado con la dirección pública antes de imprimir o compartir.',
};
