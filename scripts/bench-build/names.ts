/** Names for synthetic entries: word lists crossed into titles, each unique and slugged. */
import { slugify } from '../../src/lib/model/slug.ts';
import type { Random } from './random.ts';

export const CONDITION_QUALIFIERS = ['', 'chronic', 'acute', 'recurrent', 'post-operative', 'work-related', 'age-related', 'sport-related', 'postural', 'night-time', 'exercise-induced', 'stress-related', 'pregnancy-related', 'post-traumatic', 'overuse', 'inflammatory', 'degenerative', 'mechanical', 'radiating', 'positional', 'morning', 'referred', 'persistent', 'intermittent', 'one-sided', 'winter'];
export const BODY_PARTS = ['knee', 'calf', 'hamstring', 'quadriceps', 'shin', 'ankle', 'heel', 'arch', 'toe', 'hip', 'groin', 'buttock', 'sacroiliac', 'lumbar', 'thoracic', 'rib', 'chest wall', 'abdominal', 'shoulder blade', 'rotator cuff', 'collarbone', 'upper arm', 'elbow', 'forearm', 'wrist', 'thumb', 'finger', 'palm', 'jaw', 'temple', 'scalp', 'neck', 'throat', 'upper trapezius', 'mid-back', 'tailbone', 'pelvic floor', 'iliotibial band', 'achilles', 'plantar', 'psoas', 'piriformis', 'scalene', 'pectoral', 'deltoid', 'biceps', 'triceps', 'gluteal', 'adductor', 'peroneal', 'tibial', 'foot'];
// No "swelling": a page on swelling must name every limb its urgent signs apply to (src/lib/checks/limb-signs.ts), and the red flags the generator borrows name one.
export const PROBLEMS = ['pain', 'stiffness', 'strain', 'tendinopathy', 'cramps', 'tension', 'numbness', 'tightness', 'spasm', 'bursitis', 'sprain', 'weakness', 'soreness', 'impingement', 'adhesions', 'instability', 'fatigue', 'trigger points', 'nerve irritation'];
export const TECHNIQUE_MODIFIERS = ['slow', 'rhythmic', 'deep', 'light', 'static', 'cross-fibre', 'longitudinal', 'circular', 'alternating', 'sustained', 'active', 'passive', 'assisted', 'resisted', 'oscillating', 'graded', 'broad', 'pinpoint', 'layered', 'warm', 'cool', 'seated', 'side-lying', 'prone', 'supine'];
export const TECHNIQUE_TOOLS = ['thumb', 'palm', 'forearm', 'fingertip', 'knuckle', 'elbow', 'two-handed', 'heel-of-hand', 'fist', 'reinforced-hand', 'stone', 'bamboo'];
export const TECHNIQUE_ACTIONS = ['stripping', 'kneading', 'compression', 'gliding', 'friction', 'rocking', 'stretching', 'traction', 'percussion', 'vibration', 'pin and stretch', 'skin rolling', 'wringing', 'raking', 'shaking', 'pressure holds', 'circles', 'effleurage', 'petrissage', 'mobilisation'];
export const TYPE_PREFIXES = ['Balinese', 'Lomi lomi', 'Ayurvedic', 'Nordic', 'Alpine', 'Coastal', 'Desert', 'Forest', 'Orthopedic', 'Geriatric', 'Pediatric', 'Corporate', 'Bamboo', 'Herbal compress', 'Cupping', 'Kinetic', 'Fascial', 'Rhythmic', 'Postural', 'Breath-led', 'Clinical', 'Restorative', 'Integrative', 'Structural', 'Neurokinetic', 'Visceral', 'Abdominal', 'Facial', 'Scalp', 'Foot', 'Hand', 'Couples', 'Infant', 'Palliative', 'Post-surgical', 'Scar', 'Athletic', 'Recovery', 'Pre-event', 'Post-event', 'Maintenance', 'Tension-release', 'Lymph-flow', 'Joint-focused', 'Stretch-based', 'Ashiatsu', 'Lava shell', 'Salt stone', 'Warm oil', 'Thermal'];
export const TYPE_BASES = ['massage', 'bodywork', 'therapy', 'massage therapy', 'treatment'];
export const REGION_NAMES = ['Calves', 'Thighs', 'Knees', 'Ankles', 'Elbows', 'Forearms', 'Abdomen', 'Buttocks', 'Scalp', 'Face', 'Upper arms', 'Sacrum', 'Ribs', 'Collarbones', 'Heels', 'Toes', 'Fingers', 'Temples', 'Throat', 'Shins', 'Groin', 'Armpits', 'Shoulder blades', 'Mid-back', 'Tailbone', 'Soles', 'Wrists', 'Inner thighs', 'Outer hips', 'Ears'];
export const GUIDE_AUDIENCES = ['office workers', 'runners', 'cyclists', 'older adults', 'new parents', 'students', 'shift workers', 'gardeners', 'musicians', 'drivers', 'swimmers', 'climbers', 'dancers', 'carers', 'teachers', 'nurses', 'builders', 'gamers', 'golfers', 'hikers'];
export const GUIDE_TOPICS = ['a first massage', 'self-massage at home', 'booking and costs', 'massage after an injury', 'choosing the pressure', 'massage and sleep', 'massage and stress', 'talking to your therapist', 'aftercare and soreness'];

/** Unique names in a shuffled order; past the end of the pool, numbered editions. */
export function namer(random: Random, combos: string[], claimed: Set<string>): () => { title: string; id: string } {
  random.shuffle(combos);
  let i = 0;
  let edition = 1;
  return () => {
    for (;;) {
      if (i >= combos.length) {
        i = 0;
        edition++;
      }
      const base = combos[i++]!;
      const title = edition === 1 ? base : `${base} (variant ${edition})`;
      const id = slugify(title);
      if (!claimed.has(id)) {
        claimed.add(id);
        return { title, id };
      }
    }
  };
}

export const cross = (...lists: string[][]): string[] =>
  lists.reduce<string[]>((acc, list) => acc.flatMap((a) => list.map((b) => `${a} ${b}`.trim())), ['']);
