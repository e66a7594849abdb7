/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-report-xlsx.c: the report as an XLSX workbook through libxlsxwriter.
 * A first sheet holds the header fields and the approval boxes; then one
 * sheet per table with its header row frozen. Counts are numbers, shares
 * and thresholds are numbers shown as percentages. The workbook is
 * written in constant-memory mode (row by row), so a roll-up of 50,000
 * units does not hold every cell twice. */

#define G_LOG_DOMAIN "pp-report-xlsx"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <xlsxwriter.h>

#include "pp-atomic-file.h"
#include "pp-report-writers.h"

#define MAX_SHEET_NAME 31
#define MAX_INDENT 3

/* Keeps the first error of a run of calls. */
#define TRY(call)                          \
  G_STMT_START {                           \
    lxw_error try_err__ = (call);          \
    if (err == LXW_NO_ERROR)               \
      err = try_err__;                     \
  } G_STMT_END

/* What a cell's format depends on. */
typedef enum
{
  STYLE_TEXT,
  STYLE_WRAP,
  STYLE_INTEGER,
  STYLE_PERCENT,
  STYLE_AT_LEAST,
  STYLE_MORE_THAN,
  STYLE_AT_MOST,
  STYLE_LESS_THAN,
  N_STYLES
} Style;

typedef struct
{
  lxw_workbook *workbook;
  lxw_format   *formats[N_STYLES][2][MAX_INDENT + 1];   /* style, bold, indent */
  lxw_format   *header;
  lxw_format   *title;
  lxw_format   *box_title;
  lxw_format   *box_line;
  GHashTable   *sheet_names;
} Xlsx;

static lxw_format *
get_format (Xlsx     *x,
            Style     style,
            gboolean  bold,
            guint     indent)
{
  static const char * const number_formats[N_STYLES] = {
    [STYLE_INTEGER] = "0",
    [STYLE_PERCENT] = "0.0%",
    [STYLE_AT_LEAST] = "\"≥ \"0.0%",
    [STYLE_MORE_THAN] = "\"> \"0.0%",
    [STYLE_AT_MOST] = "\"≤ \"0.0%",
    [STYLE_LESS_THAN] = "\"< \"0.0%",
  };
  lxw_format **slot;

  indent = MIN (indent, MAX_INDENT);
  slot = &x->formats[style][bold != FALSE][indent];
  if (*slot == NULL)
    {
      *slot = workbook_add_format (x->workbook);
      format_set_border (*slot, LXW_BORDER_THIN);
      format_set_align (*slot, LXW_ALIGN_VERTICAL_TOP);
      if (number_formats[style] != NULL)
        format_set_num_format (*slot, number_formats[style]);
      if (style == STYLE_WRAP)
        format_set_text_wrap (*slot);
      if (bold)
        format_set_bold (*slot);
      if (indent > 0)
        format_set_indent (*slot, indent);
    }
  return *slot;
}

/* Excel's column width is in widths of "0"; a CJK or Mongolian
 * character takes about two. */
static double
text_width (const char *text)
{
  double width = 0, line = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n')
        {
          width = MAX (width, line);
          line = 0;
          continue;
        }
      line += c < 0x1100 ? 1.1 : 2.1;
    }
  return MAX (width, line);
}

static double
digits (gint64 value)
{
  double n = 1;

  for (; value >= 10; value /= 10)
    n++;
  return n;
}

/* The first characters of text, at most max of them: cut after a whole
 * word where there are spaces (Latin, Mongolian), ending neither in a
 * space nor in a Mongolian vowel separator (U+180E) left without its
 * vowel. */
static char *
cut (const char *text,
     guint       max)
{
  glong length = g_utf8_strlen (text, -1);
  const char *end = g_utf8_offset_to_pointer (text, MIN ((glong) max, length));
  char *cut = g_strndup (text, end - text);
  char *space = strrchr (cut, ' ');

  if (length > (glong) max && space != NULL && g_utf8_strlen (cut, space - cut) >= (glong) max / 2)
    *space = '\0';

  for (;;)
    {
      char *last = g_utf8_find_prev_char (cut, cut + strlen (cut));
      gunichar c = last ? g_utf8_get_char (last) : 0;

      if (c != ' ' && c != 0x180E)
        return cut;
      *last = '\0';
    }
}

/* Sheet names: at most 31 characters, none of []:*?/\, unique. */
static char *
sheet_name (Xlsx       *x,
            const char *title)
{
  g_autofree char *clean = g_strdelimit (g_strdup (title), "[]:*?/\\'", ' ');
  char *name = cut (clean, MAX_SHEET_NAME);

  for (guint n = 2; g_hash_table_contains (x->sheet_names, name); n++)
    {
      g_autofree char *stem = cut (clean, MAX_SHEET_NAME - 4);

      g_free (name);
      name = g_strdup_printf ("%s %u", stem, n);
    }
  g_hash_table_add (x->sheet_names, g_strdup (name));
  return name;
}

static lxw_error
write_cell (Xlsx               *x,
            lxw_worksheet      *sheet,
            lxw_row_t           row,
            lxw_col_t           col,
            const PpReportCell *cell,
            const PpReportRow  *kind)
{
  gboolean bold = kind->kind != PP_REPORT_ROW_PLAIN;
  guint indent = col == 0 ? kind->depth : 0;

  switch ((PpReportCellKind) cell->kind)
    {
    case PP_REPORT_CELL_TEXT:
      return worksheet_write_string (sheet, row, col, cell->text,
                                     get_format (x, strchr (cell->text, '\n') ? STYLE_WRAP : STYLE_TEXT,
                                                 bold, indent));
    case PP_REPORT_CELL_INTEGER:
      return worksheet_write_number (sheet, row, col, (double) cell->a, get_format (x, STYLE_INTEGER, bold, 0));
    case PP_REPORT_CELL_SHARE:
      if (cell->n <= 0)
        return worksheet_write_blank (sheet, row, col, get_format (x, STYLE_PERCENT, bold, 0));
      return worksheet_write_number (sheet, row, col, pp_report_cell_get_ratio (cell),
                                     get_format (x, STYLE_PERCENT, bold, 0));
    case PP_REPORT_CELL_THRESHOLD:
      return worksheet_write_number (sheet, row, col, pp_report_cell_get_ratio (cell),
                                     get_format (x, STYLE_AT_LEAST + cell->bound, bold, 0));
    case PP_REPORT_CELL_STATUS:
      {
        g_autofree char *text = pp_report_cell_format (cell);
        return worksheet_write_string (sheet, row, col, text, get_format (x, STYLE_TEXT, bold, 0));
      }
    case PP_REPORT_CELL_EMPTY:
    default:
      return worksheet_write_blank (sheet, row, col, get_format (x, STYLE_TEXT, bold, indent));
    }
}

static lxw_error
write_table (Xlsx                *x,
             const PpReportTable *table)
{
  g_autofree char *name = sheet_name (x, table->title);
  lxw_worksheet *sheet = workbook_add_worksheet (x->workbook, name);
  g_autofree double *widths = g_new0 (double, table->n_columns);
  guint n_rows = pp_report_table_get_n_rows (table);
  lxw_error err = LXW_NO_ERROR;

  if (sheet == NULL)
    return LXW_ERROR_MEMORY_MALLOC_FAILED;

  /* Widths first: constant-memory mode writes rows as they come. */
  for (guint c = 0; c < table->n_columns; c++)
    widths[c] = text_width (table->columns[c]);
  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < table->n_columns; c++)
      {
        const PpReportCell *cell = pp_report_table_get_cell (table, r, c);
        double width;

        if (cell->kind == PP_REPORT_CELL_INTEGER || cell->kind == PP_REPORT_CELL_SHARE)
          width = cell->kind == PP_REPORT_CELL_SHARE ? 7 : digits (cell->a);
        else if (cell->kind == PP_REPORT_CELL_TEXT)
          width = text_width (cell->text) + 2 * (c == 0 ? pp_report_table_get_row (table, r)->depth : 0);
        else
          width = 9;
        widths[c] = MAX (widths[c], width);
      }
  for (guint c = 0; c < table->n_columns; c++)
    worksheet_set_column (sheet, c, c, CLAMP (widths[c] + 1, 6, 80), NULL);

  worksheet_set_landscape (sheet);
  worksheet_set_paper (sheet, 9);   /* A4 */
  worksheet_repeat_rows (sheet, 0, 0);
  worksheet_freeze_panes (sheet, 1, table->kind == PP_REPORT_TABLE_ROLLUP ? 1 : 0);

  for (guint c = 0; c < table->n_columns && !err; c++)
    err = worksheet_write_string (sheet, 0, c, table->columns[c], x->header);
  for (guint r = 0; r < n_rows && !err; r++)
    for (guint c = 0; c < table->n_columns && !err; c++)
      err = write_cell (x, sheet, r + 1, c, pp_report_table_get_cell (table, r, c),
                        pp_report_table_get_row (table, r));
  return err;
}

/* The header fields, then each approval box: its title, a signature
 * line and a date line inside a border, with room to write. */
static lxw_error
write_cover (Xlsx     *x,
             PpReport *report)
{
  g_autofree char *name = sheet_name (x, pp_report_get_title (report));
  lxw_worksheet *sheet = workbook_add_worksheet (x->workbook, name);
  const PpReportField *fields;
  const char * const *approvals;
  guint n_fields, n_approvals;
  lxw_row_t row = 0;
  lxw_error err = LXW_NO_ERROR;

  if (sheet == NULL)
    return LXW_ERROR_MEMORY_MALLOC_FAILED;
  fields = pp_report_get_fields (report, &n_fields);
  approvals = pp_report_get_approvals (&n_approvals);

  worksheet_set_column (sheet, 0, 0, 24, NULL);
  worksheet_set_column (sheet, 1, 1, 70, NULL);
  worksheet_set_paper (sheet, 9);
  worksheet_freeze_panes (sheet, 1, 0);

  TRY (worksheet_write_string (sheet, row, 0, pp_report_get_title (report), x->title));
  TRY (worksheet_write_string (sheet, row++, 1, pp_report_get_subject (report), x->title));
  for (guint i = 0; i < n_fields; i++, row++)
    {
      TRY (worksheet_write_string (sheet, row, 0, fields[i].label, x->header));
      TRY (worksheet_write_string (sheet, row, 1, fields[i].value, get_format (x, STYLE_TEXT, FALSE, 0)));
    }

  for (guint i = 0; i < n_approvals; i++)
    {
      row++;
      TRY (worksheet_write_string (sheet, row, 0, approvals[i], x->box_title));
      TRY (worksheet_write_blank (sheet, row++, 1, x->box_title));
      /* Room for the opinion itself. */
      worksheet_set_row (sheet, row, 60, NULL);
      TRY (worksheet_write_blank (sheet, row, 0, x->box_line));
      TRY (worksheet_write_blank (sheet, row++, 1, x->box_line));
      TRY (worksheet_write_string (sheet, row, 0, pp_report_get_signature_line (), x->box_line));
      TRY (worksheet_write_blank (sheet, row++, 1, x->box_line));
      TRY (worksheet_write_string (sheet, row, 0, pp_report_get_date_line (), x->box_line));
      TRY (worksheet_write_blank (sheet, row++, 1, x->box_line));
    }
  return err;
}

static void
add_fixed_formats (Xlsx *x)
{
  x->header = workbook_add_format (x->workbook);
  format_set_bold (x->header);
  format_set_border (x->header, LXW_BORDER_THIN);
  format_set_bg_color (x->header, 0xDDE4EE);
  format_set_text_wrap (x->header);
  format_set_align (x->header, LXW_ALIGN_VERTICAL_CENTER);

  x->title = workbook_add_format (x->workbook);
  format_set_bold (x->title);
  format_set_font_size (x->title, 14);

  x->box_title = workbook_add_format (x->workbook);
  format_set_bold (x->box_title);
  format_set_top (x->box_title, LXW_BORDER_MEDIUM);

  x->box_line = workbook_add_format (x->workbook);
  format_set_align (x->box_line, LXW_ALIGN_VERTICAL_BOTTOM);
}

gboolean
pp_report_write_xlsx (PpReport    *report,
                      const char  *filename,
                      GError     **error)
{
  g_autoptr(PpAtomicFile) file = NULL;
  lxw_workbook_options options = { .constant_memory = LXW_TRUE };
  Xlsx x = { 0 };
  lxw_error err;

  if (!(file = pp_atomic_file_new (filename, error)))
    return FALSE;
  pp_atomic_file_close_stream (file);

  x.workbook = workbook_new_opt (pp_atomic_file_get_temp_path (file), &options);
  if (x.workbook == NULL)
    {
      g_set_error (error, PP_REPORT_WRITE_ERROR, PP_REPORT_WRITE_ERROR_FAILED,
                   _("Cannot write %s: %s. Nothing was written; check the disk space and try again."),
                   filename, g_strerror (ENOMEM));
      return FALSE;
    }
  x.sheet_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  add_fixed_formats (&x);

  err = write_cover (&x, report);
  for (guint i = 0; i < pp_report_get_n_tables (report) && err == LXW_NO_ERROR; i++)
    err = write_table (&x, pp_report_get_table (report, i));

  /* Closing writes the archive; it frees the workbook either way. */
  {
    lxw_error close_err = workbook_close (x.workbook);
    if (err == LXW_NO_ERROR)
      err = close_err;
  }
  g_hash_table_unref (x.sheet_names);

  if (err != LXW_NO_ERROR)
    {
      g_set_error (error, PP_REPORT_WRITE_ERROR, PP_REPORT_WRITE_ERROR_FAILED,
                   _("Cannot write %s: %s. Nothing was written; check the disk space and try again."),
                   filename, lxw_strerror (err));
      return FALSE;
    }
  return pp_atomic_file_commit (g_steal_pointer (&file), error);
}
