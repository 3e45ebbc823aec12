/**
 * MEMORY_EXCEL_HOST=mac|web: every in-memory Excel of the run plays that host unless a test
 * names one (npm run test:hosts). Unset, it plays Windows.
 */
import { defaultHost } from "../src/workbook/memory/excel";

const host = process.env.MEMORY_EXCEL_HOST;
if (host === "windows" || host === "mac" || host === "web") defaultHost.profile = host;
