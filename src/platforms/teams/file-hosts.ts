/**
 * Where a Teams file attachment may be downloaded from: Microsoft's file hosts (SharePoint/OneDrive
 * behind Teams uploads, Teams' own services) over HTTPS, and the conversation's Bot Connector
 * (serviceUrl, bound to the request's signed token). Any other URL a message names is refused, so a
 * crafted activity cannot make the bot fetch internal addresses (SSRF).
 */
export const MICROSOFT_FILE_HOSTS = ['sharepoint.com', 'sharepoint-df.com', 'onedrive.com', '1drv.ms', 'teams.microsoft.com', 'smba.trafficmanager.net', 'botframework.com'];

export function isAllowedFileUrl(url: URL, serviceUrl: string | undefined, extraHosts: readonly string[] = []): boolean {
  if (serviceUrl && URL.canParse(serviceUrl) && new URL(serviceUrl).origin === url.origin) return true;
  if (url.protocol !== 'https:' || url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  return [...MICROSOFT_FILE_HOSTS, ...extraHosts].some((allowed) => host === allowed || host.endsWith(`.${allowed}`));
}
