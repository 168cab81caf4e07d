/** The space's name: a proper noun, written the same in every locale. */
export const SITE_NAME = 'Hetero Space';
