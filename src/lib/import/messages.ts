/**
 * What the import says to the office staff who run it, in Indonesian. Kept here rather than in the
 * site's UI tables (src/i18n): the report is a command-line tool's output, not a page, and has no
 * English audience. Problems with a field's value come from the schema's own (Indonesian) messages.
 */
export const say = {
  // Normalisation problems, next to a column.
  ambiguousRegency: (text: string, place: string) =>
    `"${text}" bisa berarti Kab. ${place} atau Kota ${place}; tulis salah satunya, mis. "Kab. ${place}".`,
  firstSentenceTooLong: (max: number) =>
    `Kalimat pertamanya lebih dari ${max} karakter, padahal deskripsi singkat paling panjang ${max} karakter. Pecah kalimat pertamanya.`,
  pricesDoNotMatch: (products: number, prices: number) =>
    `Ada ${products} produk tetapi ${prices} harga; tulis satu harga per produk (satu per baris) atau harga di samping nama produk.`,
  halfLocation: 'Isi Latitude dan Longitude keduanya (mis. -7,05120 dan 110,43810), atau kosongkan keduanya.',
  missingColumn: (header: string) => `${header} (kolom tidak ada)`,
  inFile: (path: string, file: string) => `${path} di ${file}`,
  duplicateOf: (row: number) => `Duplikat baris ${row}: nama usaha dan kabupaten/kota sama. Gabungkan kedua baris.`,

  // Reading the file (exit code 2).
  cannotRead: (file: string, reason: string) => `Berkas ${file} tidak bisa dibaca: ${reason}`,
  notFound: 'berkas tidak ditemukan.',
  unknownExtension: (file: string) =>
    `Berkas ${file} bukan .csv atau .xlsx. Simpan dari Excel sebagai "CSV UTF-8" atau "Buku Kerja Excel (.xlsx)".`,
  oldExcel: (file: string) => `Berkas ${file} berformat Excel lama (.xls). Simpan ulang sebagai .xlsx atau CSV UTF-8.`,
  noSheet: (sheet: string, sheets: readonly string[]) =>
    `Lembar "${sheet}" tidak ada. Lembar yang ada: ${sheets.map((s) => `"${s}"`).join(', ')}.`,
  noColumns: (headers: readonly string[]) =>
    `Tidak ada kolom yang dikenali${headers.length ? ` (judul kolom: ${headers.join(', ')})` : ''}. Lihat daftar kolom di docs/import.md.`,
  missingIdentity: (headers: readonly string[]) =>
    `Kolom wajib tidak ada: ${headers.join(', ')}. Usaha dikenali dari nama dan kabupaten/kota-nya.`,
  refusedInContent: (path: string) =>
    `Berkas baris ditolak (${path}) tidak boleh berada di folder isi situs; pilih tempat lain dengan --refused.`,
  refusedIsInput:
    'Berkas baris ditolak tidak boleh sama dengan berkas yang diimpor; pilih tempat lain dengan --refused.',
  usage:
    'Pemakaian: npm run import -- BERKAS.csv|BERKAS.xlsx [--dry-run] [--sheet NAMA] [--refused BERKAS.csv]\n' +
    '  --dry-run   hanya memeriksa dan melaporkan; tidak ada berkas yang ditulis\n' +
    '  --sheet     lembar Excel yang dibaca (bawaan: lembar pertama)\n' +
    '  --refused   tempat berkas baris ditolak (bawaan: di samping berkas masukan, <nama>.ditolak.csv)',

  // The report.
  title: (file: string, sheet: string | undefined) =>
    `Impor direktori usaha dari ${file}${sheet ? `, lembar "${sheet}"` : ''}`,
  dryRun: 'UJI COBA (--dry-run): tidak ada berkas yang ditulis.',
  notUtf8: 'Berkas ini bukan UTF-8; dibaca sebagai Windows-1252. Lain kali simpan sebagai "CSV UTF-8".',
  headerRow: (row: number) => `Judul kolom dibaca di baris ${row}.`,
  unknownColumns: (labels: readonly string[]) => `Kolom tidak dikenal, TIDAK diimpor: ${labels.join(', ')}.`,
  ignoredColumns: (labels: readonly string[]) => `Kolom yang sengaja tidak diimpor: ${labels.join('; ')}.`,
  repeatedColumns: (labels: readonly string[]) =>
    `Kolom berisi hal yang sama: ${labels.join('; ')}. Dipakai isian pertama yang terisi.`,
  unreadableEntry: (file: string) => `Berkas ${file} tidak terbaca; tidak dipakai untuk mencocokkan usaha.`,
  rowCreated: (row: number, file: string, dry: boolean) => `Baris ${row}: ${dry ? 'akan dibuat' : 'dibuat'} ${file}`,
  rowUpdated: (row: number, file: string, fields: readonly string[], dry: boolean) =>
    `Baris ${row}: ${dry ? 'akan memperbarui' : 'memperbarui'} ${file} (${fields.join(', ')})`,
  rowRefused: (row: number) => `Baris ${row}: DITOLAK`,
  rowDuplicate: (row: number, first: number) =>
    `Baris ${row}: DUPLIKAT baris ${first} (nama usaha dan kabupaten/kota sama), tidak diimpor.`,
  problem: (column: string, message: string) => `  - ${column}: ${message}`,
  note: (row: number, text: string) => `Baris ${row}: catatan: ${text}`,
  summaryShortened:
    'deskripsinya lebih dari batas deskripsi singkat; hanya kalimat awalnya yang masuk deskripsi singkat.',
  bodyKept: 'profil usaha (isi) yang sudah ada tidak diubah oleh impor.',
  bodyFromDescription: 'deskripsi lengkap ditulis sebagai profil usaha; kalimat awalnya menjadi deskripsi singkat.',
  counts: (c: { created: number; updated: number; unchanged: number; refused: number; duplicate: number }) =>
    `Ringkasan: ${c.created} baru, ${c.updated} diperbarui, ${c.unchanged} tidak berubah, ${c.refused} ditolak, ${c.duplicate} duplikat.`,
  refusedWritten: (path: string) =>
    `Baris yang ditolak dan duplikat disimpan di ${path}: perbaiki di Excel lalu impor lagi.`,
  refusedNotWritten: (path: string) => `Uji coba: berkas baris ditolak tidak ditulis (tempatnya nanti: ${path}).`,
  staleRefused: (path: string) =>
    `Berkas ${path} dari impor sebelumnya masih ada, tetapi kali ini tidak ada baris yang ditolak.`,
  nextSteps: 'Periksa perubahannya (git diff), lalu terbitkan (commit & push).',
  reasonColumn: 'Alasan ditolak',
  reasonOfRow: (row: number, problems: readonly string[]) => `Baris ${row}: ${problems.join(' | ')}`,
  columnLabel: (header: string, letter: string) => `kolom ${letter} "${header}"`,
  untitledColumn: (letter: string) => `kolom ${letter} (tanpa judul)`,
  contactColumns: 'Kontak',
};
