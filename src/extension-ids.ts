// The extension's fixed ids. District IT keys managed policy on them
// (Chrome: 3rdparty.extensions.<id>; Firefox: 3rdparty.Extensions.<id>), so
// they must never change; README "Extension ids" and docs/admin.md quote them
// and tests/unit/extension/settings-ids.test.ts checks that all agree.

/**
 * The Chrome build's manifest `key`: the base64 DER public half of the
 * product's RSA signing key. Chrome derives the extension id from it, so an
 * unpacked build, a self-hosted CRX and the Web Store copy share one id. The
 * private half signs release CRXs and is held by the release owner, never in
 * the repository or a zip.
 */
export const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzIIA05tW45qCJY0hS9GVQ78pf7LCIzRUoWZtm1xOjo5Gq1ifAzkGh6gZ00rO5efF0oep3De3LwZxz2JN1ecKBj9sBF1fag9Ex7KHlsbujFQVc68Q6r1qwxx6Euf0MOzSI2yUNZk3PZNn4QpNRixJ3e6587+kJKct38E0WlkWQerlFmjjwJIFh/54RgQLzxPEO7ZEsDHC+y8+qiGwyuECp+UMZKpOsH+VZ4zN6UXKxHmcYz3vIAbl/QWoxQ2vyRrTLBH1LjI/kVqxM1sfRep18RF1rZSW3duidixRvBut3mFUQHecc9OO/FrShleolfWgDnz29pjE4ayAxXNrsjS+2wIDAQAB';

/** Chrome's id for CHROME_PUBLIC_KEY (SHA-256 of the key, first 32 hex digits mapped 0-f to a-p). */
export const CHROME_EXTENSION_ID = 'kmkpafdbbbaifmjlabjjbomoahaohngm';

/**
 * Firefox add-on id (browser_specific_settings.gecko.id). E-mail style on
 * the reserved `.invalid` domain: it can never clash with anyone else's add-on.
 */
export const GECKO_ID = 'second-look@second-look.invalid';
