/** Every public URL of an entry or listing, in one place. */
export const urls = {
  programmes: '/program/',
  programme: (id: string) => `/program/${id}/`,
  classes: '/kelas/',
  classArchive: '/kelas/arsip/',
  class: (id: string) => `/kelas/${id}/`,
  series: (id: string) => `/kelas/seri/${id}/`,
  classFeed: '/kelas/rss.xml',
  /** Every current and upcoming session, to subscribe to in a calendar app. */
  calendarFeed: '/kalender.ics',
  /** The month calendar of the schedule; `month` is `YYYY-MM` (WIB). */
  calendarMonth: (month: string) => `/kelas/kalender/${month.replace('-', '/')}/`,
  classesBy: (facet: 'pilar' | 'program' | 'sektor', id: string) => `/kelas/${facet}/${id}/`,
  mentors: '/mentor/',
  mentor: (id: string) => `/mentor/${id}/`,
  directory: '/direktori/',
  business: (id: string) => `/direktori/${id}/`,
  sector: (id: string) => `/direktori/sektor/${id}/`,
  regency: (id: string) => `/direktori/wilayah/${id}/`,
  map: '/direktori/peta/',
  /** The regency map of one sector or all, its table sorted by name or by count. */
  mapView: (sector?: string, byCount = false) =>
    `/direktori/peta/${sector ? `${sector}/` : ''}${byCount ? 'jumlah/' : ''}`,
  overview: '/direktori/ringkasan/',
  register: '/direktori/daftar/',
  storefront: '/etalase/',
  storefrontSector: (id: string) => `/etalase/sektor/${id}/`,
  search: '/cari/',
  openDataJson: '/direktori/data.json',
  openDataCsv: '/direktori/data.csv',
  internship: '/magang/',
  about: '/tentang/',
};
