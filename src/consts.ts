/** Facts about the space shown across the site. */
export const SITE = {
  name: 'Hetero Space',
  tagline: 'Ruang kerja bersama industri kreatif dan UMKM Jawa Tengah',
  description:
    'Hetero Space adalah ruang kerja bersama bagi pelaku industri kreatif dan UMKM Jawa Tengah di UMKM Center Banyumanik, Semarang: kelas, mentor, program, dan direktori usaha.',
  address: {
    venue: 'UMKM Center Jawa Tengah',
    street: 'Jl. Setiabudi, Srondol Kulon',
    district: 'Banyumanik',
    city: 'Kota Semarang',
    region: 'Jawa Tengah',
    postalCode: '50263',
  },
  openingHours: [
    { days: 'Senin–Jumat', hours: '08.00–21.00 WIB' },
    { days: 'Sabtu', hours: '09.00–17.00 WIB' },
    { days: 'Minggu dan libur nasional', hours: 'Tutup, kecuali ada acara' },
  ],
  contact: {
    whatsapp: '+6281225000192',
    email: 'halo@heterospace.example',
    instagram: 'heterospace.jateng',
  },
  launched: '31 Januari – 1 Februari 2020',
  programmesPerYear: 192,
  classesPerWeek: 4,
} as const;

export const NAV = [
  { href: '/program/', label: 'Program' },
  { href: '/kelas/', label: 'Jadwal Kelas' },
  { href: '/mentor/', label: 'Mentor' },
  { href: '/direktori/', label: 'Direktori' },
  { href: '/magang/', label: 'Magang SMK' },
  { href: '/tentang/', label: 'Tentang' },
] as const;
