/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-report-model.h: a report for reporting upward (岗位设置方案表) as
 * tables of typed cells, made once from a plan and its check. The CSV,
 * XLSX and PDF writers only lay these cells out; they never count. */

#pragma once

#include "pp-check.h"
#include "pp-totals.h"

G_BEGIN_DECLS

typedef enum
{
  PP_REPORT_CELL_EMPTY,
  PP_REPORT_CELL_TEXT,
  PP_REPORT_CELL_INTEGER,
  PP_REPORT_CELL_SHARE,      /* a of n as a percentage; none when n is 0 */
  PP_REPORT_CELL_THRESHOLD,  /* bound and a/n: "≥ 70%" */
  PP_REPORT_CELL_STATUS,
} PpReportCellKind;

typedef struct
{
  guint8      kind;    /* PpReportCellKind */
  guint8      status;  /* PpStatus, for STATUS */
  guint8      bound;   /* PpBound, for THRESHOLD */
  const char *text;    /* TEXT; owned by the report or the plan */
  gint64      a;       /* INTEGER: the value; SHARE, THRESHOLD: numerator */
  gint64      n;       /* SHARE, THRESHOLD: denominator */
} PpReportCell;

typedef enum
{
  PP_REPORT_ROW_PLAIN,
  PP_REPORT_ROW_GROUP,     /* a category or band heading its levels */
  PP_REPORT_ROW_SUBTOTAL,  /* a region's subtotal */
  PP_REPORT_ROW_TOTAL,
} PpReportRowKind;

typedef struct
{
  guint8 kind;   /* PpReportRowKind */
  guint8 depth;  /* indentation of the first cell */
} PpReportRow;

typedef enum
{
  PP_REPORT_TABLE_STRUCTURE,    /* posts by category, band and level */
  PP_REPORT_TABLE_LEVELS,       /* the same across levels 1–13 (wide) */
  PP_REPORT_TABLE_SHARES,       /* each share the rules measure, with its threshold */
  PP_REPORT_TABLE_SOCIAL_WORK,  /* social-work post lines and their holders' certificates */
  PP_REPORT_TABLE_ROLLUP,       /* one row per unit, subtotals per region */
  PP_REPORT_TABLE_COVERAGE,     /* township coverage and certified staff */
  PP_REPORT_TABLE_RESULTS,      /* compliance results, worst first */
  PP_N_REPORT_TABLES
} PpReportTableKind;

typedef struct
{
  PpReportTableKind  kind;
  const char        *name;       /* stable: "structure", "levels", … (CSV --table) */
  const char        *title;      /* translated */
  guint              n_columns;
  const char       **columns;    /* translated headings, NULL-terminated */
  gboolean           wide;       /* wants a landscape page */
  GArray            *rows;       /* PpReportRow */
  GArray            *cells;      /* PpReportCell, n_columns per row */
} PpReportTable;

typedef struct
{
  const char *label;
  const char *value;   /* "" for a line to fill in by hand */
} PpReportField;

typedef enum
{
  PP_REPORT_DEFAULT     = 0,
  PP_REPORT_ROLLUP_ONLY = 1 << 0,   /* a plan or region: the roll-up table alone */
} PpReportFlags;

typedef struct _PpReport PpReport;

/* A report for unit, or, when unit is a region or NULL (the whole plan),
 * the roll-up over the units under it. The check must have run; the
 * report reads the plan and must not outlive it. */
PpReport            *pp_report_new           (PpCheck       *check,
                                              PpUnit        *unit,
                                              PpReportFlags  flags);
void                 pp_report_free          (PpReport      *report);

const char          *pp_report_get_title     (PpReport      *report);
/* The unit's name, or the plan's title. */
const char          *pp_report_get_subject   (PpReport      *report);
const PpReportField *pp_report_get_fields    (PpReport      *report,
                                              guint         *n_fields);
guint                pp_report_get_n_tables  (PpReport      *report);
PpReportTable       *pp_report_get_table     (PpReport      *report,
                                              guint          i);
PpReportTable       *pp_report_find_table    (PpReport      *report,
                                              const char    *name);
/* The worst status of the results the report covers: the unit's, or those
 * of every unit under the region (and the plan's own for a whole plan). */
PpStatus             pp_report_get_status    (PpReport      *report);
/* Whether any table is wide enough to want landscape pages. */
gboolean             pp_report_is_wide       (PpReport      *report);

/* The approval boxes: 单位意见, 主管部门意见, 人力资源社会保障部门意见. */
const char * const  *pp_report_get_approvals (guint         *n_approvals);
/* The lines in each box, to sign and date by hand. */
const char          *pp_report_get_signature_line (void);
const char          *pp_report_get_date_line      (void);

guint                pp_report_table_get_n_rows (const PpReportTable *table);
const PpReportRow   *pp_report_table_get_row    (const PpReportTable *table,
                                                 guint                row);
const PpReportCell  *pp_report_table_get_cell   (const PpReportTable *table,
                                                 guint                row,
                                                 guint                column);

/* A cell as every writer shows it in text: "12", "65.0%", "≥ 70%",
 * "不通过"; "" for an empty cell or a share of nothing. */
char                *pp_report_cell_format   (const PpReportCell  *cell);
/* A share or threshold as a number, 0.65 for 65%; 0 for others. */
double               pp_report_cell_get_ratio (const PpReportCell *cell);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PpReport, pp_report_free)

G_END_DECLS
