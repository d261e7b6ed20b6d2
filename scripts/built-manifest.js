/* The manifest as the build writes it into dist/: the dev address https://localhost:3000/ replaced by the
 * add-in's address. One function, used by webpack.config.js and by the tests that validate every manifest
 * the build can produce against Microsoft's schemas.
 *
 *   builtManifest(fs.readFileSync('manifest.xml', 'utf8'), addinUrl({ url: 'https://malkoll.example.se/addin' }))
 */
const DEV_URL = 'https://localhost:3000/';

/** The add-in's address from --env url=… (or MALKOLL_URL), https only, always ending in "/". */
function addinUrl(env = {}) {
  const url = env.url || process.env.MALKOLL_URL || DEV_URL;
  if (!/^https:\/\/[^/]+(\/.*)?$/.test(url)) {
    throw new Error(`The add-in's address must be an https URL, got "${url}"`);
  }
  return url.endsWith('/') ? url : `${url}/`;
}

/** manifest.xml with every dev address replaced by `url`. */
function builtManifest(content, url) {
  return String(content).split(DEV_URL).join(url);
}

module.exports = { DEV_URL, addinUrl, builtManifest };
