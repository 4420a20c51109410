/**
 * The public address comes only from SITE_URL. A build without it is a local
 * preview: every link is site-relative, and what needs a full address
 * (canonical links, share tags, the sitemap, the feed) is left out rather
 * than written with a made-up host, so no localhost address can reach a
 * deployment. The build script prints what this returns, once.
 */
export interface SiteUrlNotice {
  level: 'error' | 'warning';
  message: string;
}

export function siteUrlNotice(value: string | undefined): SiteUrlNotice | undefined {
  if (value === undefined || value.trim() === '') {
    return {
      level: 'warning',
      message:
        'Warning: SITE_URL is not set, so this build has no canonical links, share-card addresses, sitemap or feed, and its links are site-relative. That is right for a local preview; to deploy, build with SITE_URL=https://your-domain npm run build.',
    };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { level: 'error', message: `SITE_URL "${value}" is not an address. Fix: set it to the site's public address, e.g. SITE_URL=https://massage-guide.org` };
  }
  if (!['http:', 'https:'].includes(url.protocol)) {
    return { level: 'error', message: `SITE_URL "${value}" is not a web address. Fix: set it to the site's public address, e.g. SITE_URL=https://massage-guide.org` };
  }
  if (url.protocol !== 'https:') {
    return { level: 'warning', message: `Warning: SITE_URL ${value} is not https, so canonical links, share cards and QR codes will send readers to an unencrypted address. Use https:// for a deployment.` };
  }
  return undefined;
}
