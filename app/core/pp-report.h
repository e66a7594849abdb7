/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-report.h: check reports as text for a terminal and as XML
 * (interfaces.md §2). */

#pragma once

#include "pp-check.h"

G_BEGIN_DECLS

#define PP_REPORT_NS "urn:postplan:report:1"

typedef enum
{
  PP_REPORT_TEXT_PLAIN = 0,
  PP_REPORT_TEXT_COLOR = 1 << 0,
} PpReportTextFlags;

/* Grouped by unit, worst first; every line cites its rule and clause and
 * gives the remedy. */
char *pp_report_format_text (PpCheck           *check,
                             PpReportTextFlags  flags);
char *pp_report_format_xml  (PpCheck           *check,
                             GError           **error);

/* A notice in words: "The Shenzhen 2020 pack was in force until …". */
char *pp_notice_format      (PpCheck           *check,
                             const PpNotice    *notice);

G_END_DECLS
