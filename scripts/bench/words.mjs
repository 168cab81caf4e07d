// Indonesian word banks for the synthetic corpus, one entry per sector id of
// src/taxonomy/sectors.ts (the generator fails fast when a sector has none).

/** kinds: how businesses of the sector name themselves; products: [name, min, max price in Rp]; work: what they do. */
export const SECTOR_WORDS = {
  aplikasi: {
    kinds: ['Studio Aplikasi', 'Digital Lab', 'Kode', 'Rumah Perangkat Lunak'],
    products: [['Aplikasi kasir UMKM', 150000, 600000], ['Pembuatan situs toko daring', 2500000, 9000000], ['Langganan aplikasi pencatatan stok', 50000, 150000], ['Integrasi pembayaran digital', 1000000, 4000000]],
    work: 'membuat aplikasi ponsel dan situs web untuk usaha kecil, dari pencatatan stok sampai pemesanan daring',
  },
  arsitektur: {
    kinds: ['Studio Arsitek', 'Biro Rancang', 'Griya Desain'],
    products: [['Jasa desain rumah tinggal', 5000000, 30000000], ['Gambar kerja dan RAB', 3000000, 12000000], ['Konsultasi renovasi', 500000, 2000000]],
    work: 'merancang rumah tinggal, toko, dan bangunan usaha yang hemat energi dengan bahan lokal',
  },
  'desain-interior': {
    kinds: ['Griya Interior', 'Ruang', 'Atelier Interior'],
    products: [['Desain interior kafe', 4000000, 20000000], ['Perabot lipat hemat ruang', 750000, 3500000], ['Konsultasi tata ruang toko', 400000, 1500000]],
    work: 'menata ruang usaha dan rumah agar nyaman, terang, dan memakai perabot buatan pengrajin sekitar',
  },
  'desain-komunikasi-visual': {
    kinds: ['Studio Desain', 'Grafis', 'Rupa Kreatif'],
    products: [['Paket logo dan identitas merek', 1500000, 6000000], ['Desain kemasan produk', 800000, 3500000], ['Desain konten media sosial bulanan', 1000000, 3000000]],
    work: 'membuat logo, kemasan, dan materi promosi bagi merek lokal',
  },
  'desain-produk': {
    kinds: ['Studio Produk', 'Karya Rupa', 'Bengkel Desain'],
    products: [['Lampu meja anyaman', 180000, 650000], ['Rak dinding modular', 250000, 900000], ['Purwarupa produk', 1500000, 8000000]],
    work: 'merancang barang pakai sehari-hari dari bambu, kayu sisa, dan logam daur ulang',
  },
  fesyen: {
    kinds: ['Batik', 'Tenun', 'Konveksi', 'Butik', 'Lurik', 'Bordir'],
    products: [['Kain batik tulis', 350000, 2500000], ['Kemeja batik cap', 150000, 450000], ['Sarung tenun', 200000, 800000], ['Selendang lurik', 90000, 250000], ['Kaos sablon', 75000, 150000], ['Kerudung bordir', 85000, 300000]],
    work: 'membuat busana dan kain dengan motif khas daerah, dari batik tulis sampai kaos harian',
  },
  'film-animasi-video': {
    kinds: ['Rumah Produksi', 'Studio Animasi', 'Sinema'],
    products: [['Video profil usaha', 2500000, 12000000], ['Animasi penjelas 60 detik', 3000000, 9000000], ['Dokumentasi acara', 1500000, 5000000]],
    work: 'memproduksi video profil, iklan pendek, dan animasi untuk usaha dan lembaga',
  },
  fotografi: {
    kinds: ['Studio Foto', 'Lensa', 'Potret'],
    products: [['Foto katalog produk per 10 item', 350000, 900000], ['Foto pranikah', 1500000, 5000000], ['Kelas foto produk ponsel', 100000, 300000]],
    work: 'memotret produk UMKM untuk katalog dan lapak daring, juga acara keluarga',
  },
  kriya: {
    kinds: ['Gerabah', 'Kerajinan', 'Anyaman', 'Ukir', 'Keramik', 'Tatah Sungging'],
    products: [['Set piring gerabah', 120000, 450000], ['Tas anyaman pandan', 95000, 350000], ['Hiasan dinding ukir jati', 250000, 2500000], ['Wayang kulit tatah sungging', 750000, 5000000], ['Vas keramik glasir', 85000, 400000]],
    work: 'membuat kerajinan tangan dari tanah liat, kayu, bambu, dan serat alam dengan teknik turun-temurun',
  },
  kuliner: {
    kinds: ['Dapur', 'Kedai', 'Rumah Makan', 'Jajanan', 'Oleh-oleh', 'Kopi'],
    products: [['Keripik tempe 250 g', 15000, 35000], ['Bandeng presto', 45000, 90000], ['Jenang kudus 500 g', 25000, 60000], ['Kopi robusta bubuk 200 g', 35000, 85000], ['Wingko babat isi 10', 30000, 55000], ['Sambal kemasan botol', 20000, 45000]],
    work: 'mengolah hasil bumi setempat menjadi makanan kemasan dan oleh-oleh yang tahan lama',
  },
  musik: {
    kinds: ['Studio Musik', 'Gamelan', 'Swara', 'Omah Rekam'],
    products: [['Sewa studio latihan per jam', 50000, 120000], ['Rekaman satu lagu', 750000, 2500000], ['Set gamelan mini', 3500000, 15000000]],
    work: 'merekam musisi lokal, menyewakan studio, dan membuat alat musik tradisional',
  },
  penerbitan: {
    kinds: ['Penerbit', 'Pustaka', 'Percetakan'],
    products: [['Jasa penyuntingan naskah', 1500000, 5000000], ['Cetak buku 100 eksemplar', 2500000, 8000000], ['Buku cerita anak bahasa Jawa', 45000, 95000]],
    work: 'menerbitkan buku penulis daerah dan mencetak katalog serta majalah komunitas',
  },
  'pengembang-permainan': {
    kinds: ['Studio Game', 'Dolanan Digital', 'Permainan'],
    products: [['Gim edukasi sekolah', 5000000, 25000000], ['Permainan papan budaya Jawa', 150000, 450000], ['Aset gim 2D', 500000, 2500000]],
    work: 'mengembangkan gim ponsel dan permainan papan yang mengangkat cerita rakyat Jawa Tengah',
  },
  periklanan: {
    kinds: ['Agensi Iklan', 'Biro Promosi', 'Kreatif Media'],
    products: [['Paket pengelolaan media sosial', 1500000, 5000000], ['Audit pemasaran digital', 500000, 1500000], ['Kampanye iklan berbayar', 2000000, 10000000]],
    work: 'menyusun kampanye pemasaran dan iklan digital berbasis data penjualan',
  },
  'seni-pertunjukan': {
    kinds: ['Sanggar', 'Paguyuban', 'Teater'],
    products: [['Pentas tari untuk acara', 2500000, 10000000], ['Kelas tari anak per bulan', 100000, 250000], ['Sewa kostum wayang orang', 150000, 500000]],
    work: 'melatih penari dan pemain muda serta mementaskan kesenian daerah untuk berbagai acara',
  },
  'seni-rupa': {
    kinds: ['Galeri', 'Sanggar Lukis', 'Pahat'],
    products: [['Lukisan cat minyak', 1500000, 15000000], ['Patung batu andesit', 2000000, 20000000], ['Kelas melukis akhir pekan', 150000, 400000]],
    work: 'berkarya lukis, patung, dan cetak grafis, juga mengajar kelas seni untuk umum',
  },
  'televisi-radio': {
    kinds: ['Radio', 'Siaran', 'Televisi Komunitas'],
    products: [['Iklan spot radio 30 detik', 50000, 200000], ['Produksi siniar', 750000, 3000000], ['Liputan acara', 1000000, 4000000]],
    work: 'menyiarkan kabar desa, musik daerah, dan iklan usaha lokal',
  },
  'umkm-umum': {
    kinds: ['Toko', 'Bengkel', 'Laundry', 'Tani', 'Warung', 'Madu'],
    products: [['Beras organik 5 kg', 70000, 120000], ['Madu hutan 500 ml', 85000, 180000], ['Cuci setrika per kg', 6000, 12000], ['Pagar besi per meter', 350000, 900000], ['Gula semut 1 kg', 35000, 60000]],
    work: 'melayani kebutuhan sehari-hari warga sekitar, dari bahan pangan sampai jasa perbaikan',
  },
};

export const NAME_WORDS = ['Sekar', 'Arum', 'Lestari', 'Mulya', 'Rahayu', 'Sari', 'Jaya', 'Makmur', 'Berkah', 'Sinar', 'Kencana', 'Wangi', 'Asri', 'Mandiri', 'Sejahtera', 'Tunggal', 'Rejeki', 'Karya', 'Laras', 'Tirta', 'Puspa', 'Ayu', 'Agung', 'Barokah', 'Cahaya', 'Dewi', 'Gemilang', 'Harmoni', 'Indah', 'Kusuma', 'Lintang', 'Manunggal', 'Nusantara', 'Pelangi', 'Sentosa', 'Surya', 'Tentrem', 'Utama', 'Widya', 'Mekar'];

export const FIRST_NAMES = ['Agus', 'Budi', 'Dewi', 'Endah', 'Fajar', 'Galih', 'Hendro', 'Indah', 'Joko', 'Kartika', 'Laksmi', 'Mulyono', 'Ningsih', 'Prasetyo', 'Ratna', 'Sri', 'Tri', 'Utami', 'Wahyu', 'Yulia', 'Anindita', 'Bagus', 'Citra', 'Dimas', 'Eko', 'Fitri', 'Gilang', 'Hartini', 'Irfan', 'Lestari', 'Nur', 'Purwanti', 'Rizky', 'Siti', 'Teguh', 'Wulan'];
export const LAST_NAMES = ['Wibisono', 'Nugroho', 'Kusumaningrum', 'Pamungkas', 'Wicaksono', 'Wulandari', 'Rahmawati', 'Puspitasari', 'Santoso', 'Setiawan', 'Hidayat', 'Susanto', 'Purnomo', 'Handayani', 'Saputra', 'Utomo', 'Prabowo', 'Hartono', 'Lestari', 'Maharani'];

export const STREETS = ['Jl. Pemuda', 'Jl. Diponegoro', 'Jl. Sudirman', 'Jl. Ahmad Yani', 'Jl. Pahlawan', 'Jl. Gatot Subroto', 'Jl. Kartini', 'Jl. Veteran', 'Jl. Merdeka', 'Jl. Pattimura', 'Jl. Sultan Agung', 'Jl. Raya Desa'];
export const VILLAGES = ['Kel. Kauman', 'Ds. Sidomulyo', 'Kel. Sukorejo', 'Ds. Karanganyar', 'Kel. Kranggan', 'Ds. Tegalrejo', 'Ds. Sumberejo', 'Kel. Ngaliyan', 'Ds. Wonosari', 'Kel. Pandean'];

/** Sentences of a business profile; {name}, {place}, {work}, {year}, {n} are filled in. */
export const PROFILE_SENTENCES = [
  '{name} berdiri pada {year} di {place} dan kini {work}.',
  'Usaha ini dimulai dari dapur dan teras rumah, dengan modal tabungan keluarga dan satu pelanggan tetap.',
  'Sekarang {name} mempekerjakan {n} orang, sebagian besar tetangga dan lulusan SMK di sekitar {place}.',
  'Pesanan datang dari pelanggan di seluruh Jawa Tengah, lewat pesan singkat dan lapak daring.',
  'Setiap produk dikerjakan dengan tangan dan diperiksa satu per satu sebelum dikirim.',
  'Pemiliknya mengikuti kelas di Hetero Space untuk belajar memotret produk, menghitung harga pokok, dan berjualan daring.',
  'Bahan baku dibeli dari petani dan pengrajin di {place} supaya uang berputar di desa sendiri.',
  'Pada musim ramai menjelang Lebaran, produksi naik hingga tiga kali lipat.',
  'Mereka menerima pesanan khusus untuk acara kantor, pernikahan, dan cendera mata tamu daerah.',
  'Harga dibuat terjangkau tanpa mengurangi mutu, dan pembeli bisa datang langsung ke tempat produksi.',
];

export const CLASS_TOPICS = ['Foto Produk dengan Ponsel', 'Menghitung Harga Pokok Produksi', 'Pemasaran Digital untuk UMKM', 'Mengelola Lapak Daring', 'Desain Kemasan Sederhana', 'Laporan Keuangan Sederhana', 'Hak Kekayaan Intelektual', 'Membuat Video Pendek Promosi', 'Menulis Cerita Merek', 'Layanan Pelanggan lewat WhatsApp', 'Persiapan Pameran Dagang', 'Mengurus NIB dan Sertifikat Halal', 'Ekspor untuk Pemula', 'Menyusun Proposal Pembiayaan', 'Kolaborasi Lintas Sektor', 'Membaca Data Penjualan'];
export const PROGRAMME_TOPICS = ['Kelas', 'Sekolah', 'Lab', 'Klinik', 'Akademi', 'Srawung', 'Inkubasi', 'Kurasi'];
