/** Every year of the programme report as CSV; columns documented in docs/report-data.md. */
import type { APIRoute } from 'astro';
import { loadSite } from '../../lib/content';
import { reportTargets, siteReportYears, siteYearReport } from '../../lib/report';
import { reportCsv } from '../../lib/report-data';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const targets = reportTargets(site.settings);
  const reports = siteReportYears(site).map((year) => siteYearReport(site, targets, year));
  return new Response(reportCsv(reports), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
