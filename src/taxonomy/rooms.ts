/** The space's rooms: what kind each is, what it has, and how a booking stands. */

export const ROOM_KINDS = [
  { id: 'meja-bersama', name: 'Meja kerja bersama', en: { name: 'Co-working desks' } },
  { id: 'ruang-rapat', name: 'Ruang rapat', en: { name: 'Meeting room' } },
  { id: 'ruang-kelas', name: 'Ruang kelas / aula', en: { name: 'Classroom / hall' } },
  { id: 'studio', name: 'Studio foto / podcast', en: { name: 'Photo / podcast studio' } },
  { id: 'etalase', name: 'Pojok etalase produk', en: { name: 'Product display corner' } },
  { id: 'panggung', name: 'Panggung terbuka', en: { name: 'Open stage' } },
] as const;

/** What a room offers; `schema` is its schema.org LocationFeatureSpecification name. */
export const FACILITIES = [
  { id: 'wifi', name: 'Wi-Fi', en: { name: 'Wi-Fi' } },
  { id: 'proyektor', name: 'Proyektor dan layar', en: { name: 'Projector and screen' } },
  { id: 'tata-suara', name: 'Tata suara dan mikrofon', en: { name: 'Sound system and microphones' } },
  { id: 'ac', name: 'Pendingin ruangan (AC)', en: { name: 'Air conditioning' } },
  { id: 'lampu-studio', name: 'Lampu studio', en: { name: 'Studio lighting' } },
  { id: 'latar-foto', name: 'Latar foto', en: { name: 'Photo backdrops' } },
  { id: 'peredam', name: 'Ruang kedap suara', en: { name: 'Soundproofing' } },
  { id: 'papan-tulis', name: 'Papan tulis', en: { name: 'Whiteboard' } },
  { id: 'colokan', name: 'Stopkontak di tiap meja', en: { name: 'Power at every desk' } },
  { id: 'loker', name: 'Loker', en: { name: 'Lockers' } },
  { id: 'rak-pajang', name: 'Rak dan meja pajang', en: { name: 'Display shelves and tables' } },
  { id: 'akses-kursi-roda', name: 'Akses kursi roda', en: { name: 'Wheelchair access' } },
] as const;

/** How a room's fee is counted. */
export const FEE_UNITS = [
  { id: 'jam', name: 'per jam', en: { name: 'per hour' } },
  { id: 'hari', name: 'per hari', en: { name: 'per day' } },
] as const;

/** A booking editors record once they confirm a request; only confirmed ones take the room. */
export const BOOKING_STATUSES = [
  { id: 'terkonfirmasi', name: 'Terkonfirmasi', en: { name: 'Confirmed' } },
  { id: 'dibatalkan', name: 'Dibatalkan', en: { name: 'Cancelled' } },
] as const;
