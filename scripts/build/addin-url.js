// Where the add-in is served. manifest.xml is written for the dev server
// (https://localhost:3000/); a production build for a real host rewrites every URL of that
// origin to ADDIN_URL, so one manifest file serves both and cannot drift.
"use strict";

const DEV_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

/**
 * The base URL the build is for: ADDIN_URL in production mode, else the dev URL.
 * Throws on a URL Office would refuse (not https) or that is not a plain base URL.
 * @param {string | undefined} value the ADDIN_URL environment variable
 * @param {string} mode webpack mode
 * @returns {string} a base URL ending in "/"
 */
function resolveAddinUrl(value, mode) {
  if (mode !== "production" || value === undefined || value.trim() === "") return DEV_URL;
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`ADDIN_URL bukan URL yang sah: ${value}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL harus https (Office menolak http): ${value}`);
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`ADDIN_URL harus alamat dasar tanpa ?query, #fragmen, atau kredensial: ${value}`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * Rewrites the dev URLs in a text (the manifest) to a base URL: "https://localhost:3000/x"
 * becomes base + "x"; a bare origin (an AppDomain) becomes the base's origin.
 * @param {string} text
 * @param {string} baseUrl a base URL ending in "/" (see resolveAddinUrl)
 * @returns {string}
 */
function substituteAddinUrl(text, baseUrl) {
  if (baseUrl === DEV_URL) return text;
  const origin = new URL(baseUrl).origin;
  return text.split(DEV_URL).join(baseUrl).split(DEV_ORIGIN).join(origin);
}

module.exports = { DEV_URL, DEV_ORIGIN, resolveAddinUrl, substituteAddinUrl };
