/** Every public URL of an entry or listing, in one place. */
export const urls = {
  programmes: '/program/',
  programme: (id: string) => `/program/${id}/`,
  classes: '/kelas/',
  classArchive: '/kelas/arsip/',
  class: (id: string) => `/kelas/${id}/`,
  mentors: '/mentor/',
  mentor: (id: string) => `/mentor/${id}/`,
  directory: '/direktori/',
  business: (id: string) => `/direktori/${id}/`,
  sector: (id: string) => `/direktori/sektor/${id}/`,
  regency: (id: string) => `/direktori/wilayah/${id}/`,
  internship: '/magang/',
  about: '/tentang/',
};
