/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-report-layout.c: pages of a report. Everything is measured once with
 * Pango — column widths, row heights — and cut into pages; drawing a page
 * then only draws what was placed on it, so a print preview of page 40
 * does not lay out pages 1–39 again. */

#define G_LOG_DOMAIN "pp-report-layout"

#include "config.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "pp-report-layout.h"

#define MARGIN        36.0   /* half an inch */
#define FOOTER        22.0   /* the page number's band at the bottom */
#define PAD            3.0   /* inside each cell */
#define GAP           10.0   /* between blocks */
#define INDENT         6.0   /* per depth of a row */
#define HEADER_CAP    58.0   /* headings wrap past this width */
#define NUMBER_CAP    24.0   /* … or this one, over numbers, unless a word is wider */
#define APPROVAL_H   118.0
#define LINE_WIDTH     0.5

/* In Chinese or Mongolian, Chinese first (its full-width punctuation);
 * in other languages a Latin face first. Mongolian where the others have
 * no glyph: Pango falls back family by family, so all read right in one
 * table. */
#define FONTS_CJK   "Noto Sans CJK SC, Noto Sans Mongolian, sans-serif"
#define FONTS_LATIN "Noto Sans, Noto Sans CJK SC, Noto Sans Mongolian, sans-serif"

typedef struct
{
  const PpReportTable *table;      /* NULL: the report's header fields */
  const PpReportField *fields;
  guint                n_fields;
  guint                n_columns;
  guint                n_rows;
  double              *x;          /* column edges, n_columns + 1 */
  double               header_height;   /* 0: no header row */
  double               heading_height;  /* 0: no heading */
  double              *heights;    /* per row */
} Grid;

typedef enum
{
  ITEM_TITLE,
  ITEM_GRID,
  ITEM_APPROVALS,
} ItemKind;

typedef struct
{
  ItemKind kind;
  guint    grid;
  guint    first_row;
  guint    end_row;
  gboolean continued;   /* the rest of a table begun on an earlier page */
  double   y;
} Item;

struct _PpReportLayout
{
  PpReport             *report;
  PangoContext         *context;
  PangoLayout          *text;
  PangoFontDescription *regular;
  PangoFontDescription *bold;
  PangoFontDescription *heading;
  PangoFontDescription *title;
  PangoFontDescription *subtitle;
  double                width;
  double                height;
  double                line_height;
  double                title_height;
  double                subtitle_offset;
  GHashTable           *sizes;       /* font and text → width, height */
  GHashTable           *shaped;      /* font and short text → PangoLayout, shaped once */
  GPtrArray            *grids;       /* Grid */
  GArray               *items;       /* Item */
  GArray               *pages;       /* guint: each page's first item */
};

/* Measuring ------------------------------------------------------------ */

/* The report's language is the one gettext uses (LANGUAGE first). */
static gboolean
language_is_cjk (void)
{
  const char *language = g_get_language_names ()[0];

  return g_str_has_prefix (language, "zh") || g_str_has_prefix (language, "mn");
}

static PangoFontDescription *
make_font (const char *style)
{
  g_autofree char *name = g_strdup_printf ("%s %s", language_is_cjk () ? FONTS_CJK : FONTS_LATIN, style);

  return pango_font_description_from_string (name);
}

static void
set_text (PpReportLayout             *self,
          const char                 *text,
          const PangoFontDescription *font,
          double                      width,
          PangoAlignment              alignment)
{
  pango_layout_set_font_description (self->text, font);
  pango_layout_set_width (self->text, width > 0 ? pango_units_from_double (width) : -1);
  pango_layout_set_alignment (self->text, alignment);
  pango_layout_set_text (self->text, text, -1);
}

static void
measure (PpReportLayout             *self,
         const char                 *text,
         const PangoFontDescription *font,
         double                      width,
         double                     *out_width,
         double                     *out_height)
{
  PangoRectangle logical;

  set_text (self, text, font, width, PANGO_ALIGN_LEFT);
  pango_layout_get_extents (self->text, NULL, &logical);
  if (out_width)
    *out_width = pango_units_to_double (logical.width);
  if (out_height)
    *out_height = pango_units_to_double (logical.height);
}

typedef struct
{
  double width;     /* on one line */
  double height;
  guint  drawn;     /* how often drawn: a text drawn again is worth shaping once */
} Size;

/* What a cell shows and how. */
typedef struct
{
  char                       *text;
  const PangoFontDescription *font;
  PangoAlignment              alignment;
  double                      indent;
  gboolean                    short_text;  /* a number or status: never wraps */
  int                         status;      /* a status cell's PpStatus; else -1 */
  gboolean                    repeated;    /* a header: the same on every page */
} GridCell;

static void
grid_cell (const Grid     *grid,
           PpReportLayout *self,
           guint           row,
           guint           col,
           GridCell       *out)
{
  const PpReportCell *cell;
  const PpReportRow *kind;

  memset (out, 0, sizeof *out);
  out->alignment = PANGO_ALIGN_LEFT;
  out->status = -1;
  if (grid->table == NULL)
    {
      guint i = row * 2 + col / 2;

      out->font = col % 2 == 0 ? self->bold : self->regular;
      out->text = g_strdup (i >= grid->n_fields ? "" : col % 2 == 0 ? grid->fields[i].label : grid->fields[i].value);
      return;
    }

  cell = pp_report_table_get_cell (grid->table, row, col);
  kind = pp_report_table_get_row (grid->table, row);
  out->font = kind->kind == PP_REPORT_ROW_PLAIN ? self->regular : self->bold;
  out->indent = col == 0 ? INDENT * kind->depth : 0;
  out->short_text = cell->kind != PP_REPORT_CELL_TEXT;
  if (cell->kind == PP_REPORT_CELL_INTEGER || cell->kind == PP_REPORT_CELL_SHARE ||
      cell->kind == PP_REPORT_CELL_THRESHOLD)
    out->alignment = PANGO_ALIGN_RIGHT;
  else if (cell->kind == PP_REPORT_CELL_STATUS)
    {
      out->alignment = PANGO_ALIGN_CENTER;
      out->status = cell->status;
    }
  out->text = pp_report_cell_format (cell);
}

/* Numbers, statuses and unit types repeat: each distinct text is
 * measured once. */
static Size *
measure_cached (PpReportLayout             *self,
                const char                 *text,
                const PangoFontDescription *font,
                double                     *width,
                double                     *height)
{
  /* Bold is wider: keep it apart. */
  g_autofree char *key = g_strconcat (font == self->bold ? "b" : "r", text, NULL);
  Size *found = g_hash_table_lookup (self->sizes, key);

  if (found == NULL)
    {
      found = g_new0 (Size, 1);
      measure (self, text, font, -1, &found->width, &found->height);
      g_hash_table_insert (self->sizes, g_steal_pointer (&key), found);
    }
  if (width)
    *width = found->width;
  if (height)
    *height = found->height;
  return found;
}

static double
natural_width (PpReportLayout             *self,
               const char                 *text,
               const PangoFontDescription *font)
{
  double width;

  measure_cached (self, text, font, &width, NULL);
  return width;
}

/* A heading over numbers may wrap down to its widest word. Chinese breaks
 * between any two characters, so its "word" is two of them; Latin and
 * Mongolian words are kept whole (Pango would hyphenate them). */
static double
widest_word (PpReportLayout *self,
             const char     *heading)
{
  g_auto(GStrv) words = g_strsplit_set (heading, " -/", -1);
  double widest = NUMBER_CAP;

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *end = words[i];
      gboolean han = g_unichar_get_script (g_utf8_get_char (words[i])) == G_UNICODE_SCRIPT_HAN;
      g_autofree char *word = NULL;

      for (guint n = 0; *end && (n < 2 || !han); n++)
        end = g_utf8_next_char (end);
      word = g_strndup (words[i], end - words[i]);
      widest = MAX (widest, natural_width (self, word, self->bold));
    }
  return MIN (widest, HEADER_CAP);
}

/* Column widths: each column's natural width, headings wrapping past a
 * cap. When they do not fit, columns of numbers keep theirs (a number
 * never wraps) and the columns of text share what is left, the narrow
 * ones keeping their natural width. */
static void
size_columns (PpReportLayout *self,
              Grid           *grid,
              double          available)
{
  g_autofree double *natural = g_new0 (double, grid->n_columns);
  g_autofree gboolean *fixed = g_new0 (gboolean, grid->n_columns);
  double remaining = available, total = 0;
  guint n_flexible = 0;
  gboolean changed = TRUE;

  for (guint c = 0; c < grid->n_columns; c++)
    {
      gboolean numbers = grid->table != NULL;

      for (guint r = 0; r < grid->n_rows; r++)
        {
          GridCell cell;

          grid_cell (grid, self, r, c, &cell);
          natural[c] = MAX (natural[c], natural_width (self, cell.text, cell.font) + cell.indent);
          numbers &= cell.short_text || cell.text[0] == '\0';
          g_free (cell.text);
        }
      if (grid->table != NULL)
        natural[c] = MAX (natural[c], MIN (natural_width (self, grid->table->columns[c], self->bold),
                                           numbers ? widest_word (self, grid->table->columns[c]) : HEADER_CAP));
      natural[c] += 2 * PAD + 1;
      total += natural[c];
      fixed[c] = numbers;
      if (numbers)
        remaining -= natural[c];
      else
        n_flexible++;
    }

  if (total <= available)
    {
      memset (fixed, TRUE, grid->n_columns * sizeof *fixed);
      n_flexible = 0;
    }
  while (changed && n_flexible > 0)
    {
      double share = remaining / n_flexible;

      changed = FALSE;
      for (guint c = 0; c < grid->n_columns; c++)
        if (!fixed[c] && natural[c] <= share)
          {
            fixed[c] = TRUE;
            remaining -= natural[c];
            n_flexible--;
            changed = TRUE;
          }
    }

  grid->x = g_new0 (double, grid->n_columns + 1);
  for (guint c = 0; c < grid->n_columns; c++)
    grid->x[c + 1] = grid->x[c] + (fixed[c] ? natural[c] : MAX (remaining / n_flexible, 2 * PAD + 12));
}

static double
cell_height (PpReportLayout             *self,
             const char                 *text,
             const PangoFontDescription *font,
             double                      inner)
{
  double width, height;

  measure_cached (self, text, font, &width, &height);
  if (width <= inner)
    return height;
  measure (self, text, font, inner, NULL, &height);
  return height;
}

static void
size_rows (PpReportLayout *self,
           Grid           *grid)
{
  grid->heights = g_new0 (double, MAX (grid->n_rows, 1));
  for (guint r = 0; r < grid->n_rows; r++)
    {
      double height = self->line_height;

      for (guint c = 0; c < grid->n_columns; c++)
        {
          GridCell cell;

          grid_cell (grid, self, r, c, &cell);
          height = MAX (height, cell_height (self, cell.text, cell.font,
                                             grid->x[c + 1] - grid->x[c] - 2 * PAD - cell.indent));
          g_free (cell.text);
        }
      grid->heights[r] = height + 2 * PAD;
    }

  if (grid->table != NULL)
    {
      double height = self->line_height;

      for (guint c = 0; c < grid->n_columns; c++)
        height = MAX (height, cell_height (self, grid->table->columns[c], self->bold,
                                           grid->x[c + 1] - grid->x[c] - 2 * PAD));
      grid->header_height = height + 2 * PAD;
      measure (self, grid->table->title, self->heading, -1, NULL, &grid->heading_height);
      grid->heading_height += 4;
    }
}

static void
grid_free (gpointer data)
{
  Grid *grid = data;

  g_free (grid->x);
  g_free (grid->heights);
  g_free (grid);
}

/* Pages -------------------------------------------------------------- */

typedef struct
{
  PpReportLayout *self;
  double          y;
  double          top;
  double          bottom;
} Cursor;

static void
new_page (Cursor *cursor)
{
  guint first = cursor->self->items->len;

  g_array_append_val (cursor->self->pages, first);
  cursor->y = cursor->top;
}

/* Makes room for height, on a new page when this one is short of it (a
 * block taller than a page starts on a fresh one and runs over). */
static void
need (Cursor *cursor,
      double  height)
{
  if (cursor->y + height > cursor->bottom && cursor->y > cursor->top)
    new_page (cursor);
}

static void
add_item (Cursor   *cursor,
          ItemKind  kind,
          guint     grid,
          guint     first_row,
          gboolean  continued)
{
  Item item = { kind, grid, first_row, first_row, continued, cursor->y };

  g_array_append_val (cursor->self->items, item);
}

static void
place_grid (Cursor *cursor,
            guint   index)
{
  PpReportLayout *self = cursor->self;
  Grid *grid = g_ptr_array_index (self->grids, index);
  double top_rows = grid->heading_height + grid->header_height;
  Item *item;

  need (cursor, top_rows + (grid->n_rows > 0 ? grid->heights[0] : 0));
  add_item (cursor, ITEM_GRID, index, 0, FALSE);
  cursor->y += top_rows;
  for (guint r = 0; r < grid->n_rows; r++)
    {
      if (cursor->y + grid->heights[r] > cursor->bottom && r > 0)
        {
          g_array_index (self->items, Item, self->items->len - 1).end_row = r;
          new_page (cursor);
          add_item (cursor, ITEM_GRID, index, r, TRUE);
          cursor->y += top_rows;
        }
      cursor->y += grid->heights[r];
    }
  item = &g_array_index (self->items, Item, self->items->len - 1);
  item->end_row = grid->n_rows;
  cursor->y += GAP;
}

static void
paginate (PpReportLayout *self)
{
  Cursor cursor = { self, MARGIN, MARGIN, self->height - MARGIN - FOOTER };
  double subtitle;

  new_page (&cursor);
  measure (self, pp_report_get_title (self->report), self->title, -1, NULL, &self->subtitle_offset);
  self->subtitle_offset += 4;
  measure (self, pp_report_get_subject (self->report), self->subtitle, -1, NULL, &subtitle);
  self->title_height = self->subtitle_offset + subtitle;
  add_item (&cursor, ITEM_TITLE, 0, 0, FALSE);
  cursor.y += self->title_height + GAP;

  for (guint i = 0; i < self->grids->len; i++)
    place_grid (&cursor, i);

  need (&cursor, APPROVAL_H);
  add_item (&cursor, ITEM_APPROVALS, 0, 0, FALSE);
}

PpReportLayout *
pp_report_layout_new (PpReport     *report,
                      PangoContext *context,
                      double        width,
                      double        height)
{
  PpReportLayout *self;
  double available = width - 2 * MARGIN;
  Grid *fields;

  g_return_val_if_fail (report != NULL && PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (width > 4 * MARGIN && height > 4 * MARGIN + FOOTER, NULL);

  self = g_new0 (PpReportLayout, 1);
  self->report = report;
  self->context = g_object_ref (context);
  self->text = pango_layout_new (context);
  pango_layout_set_wrap (self->text, PANGO_WRAP_WORD_CHAR);
  self->width = width;
  self->height = height;
  self->regular = make_font ("8");
  self->bold = make_font ("Bold 8");
  self->heading = make_font ("Bold 10.5");
  self->title = make_font ("Bold 16");
  self->subtitle = make_font ("12");
  self->sizes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->shaped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->grids = g_ptr_array_new_with_free_func (grid_free);
  self->items = g_array_new (FALSE, FALSE, sizeof (Item));
  self->pages = g_array_new (FALSE, FALSE, sizeof (guint));
  /* The height of a line of Latin and Chinese; a cell in Mongolian,
   * whose font is taller, is measured for itself. */
  measure (self, "Ag国", self->regular, -1, NULL, &self->line_height);

  fields = g_new0 (Grid, 1);
  fields->fields = pp_report_get_fields (report, &fields->n_fields);
  fields->n_columns = 4;
  fields->n_rows = (fields->n_fields + 1) / 2;
  g_ptr_array_add (self->grids, fields);
  for (guint i = 0; i < pp_report_get_n_tables (report); i++)
    {
      Grid *grid = g_new0 (Grid, 1);

      grid->table = pp_report_get_table (report, i);
      grid->n_columns = grid->table->n_columns;
      grid->n_rows = pp_report_table_get_n_rows (grid->table);
      g_ptr_array_add (self->grids, grid);
    }

  for (guint i = 0; i < self->grids->len; i++)
    {
      Grid *grid = g_ptr_array_index (self->grids, i);

      size_columns (self, grid, available);
      size_rows (self, grid);
    }
  paginate (self);
  return self;
}

void
pp_report_layout_free (PpReportLayout *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->text);
  g_object_unref (self->context);
  pango_font_description_free (self->regular);
  pango_font_description_free (self->bold);
  pango_font_description_free (self->heading);
  pango_font_description_free (self->title);
  pango_font_description_free (self->subtitle);
  g_hash_table_unref (self->sizes);
  g_hash_table_unref (self->shaped);
  g_ptr_array_unref (self->grids);
  g_array_unref (self->items);
  g_array_unref (self->pages);
  g_free (self);
}

guint
pp_report_layout_get_n_pages (PpReportLayout *self)
{
  return self->pages->len;
}

/* Drawing ---------------------------------------------------------------- */

static void
show_text (PpReportLayout             *self,
           cairo_t                    *cr,
           const char                 *text,
           const PangoFontDescription *font,
           double                      x,
           double                      y,
           double                      width,
           PangoAlignment              alignment)
{
  set_text (self, text, font, width, alignment);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, self->text);
}

static void
set_status_color (cairo_t  *cr,
                  PpStatus  status)
{
  switch (status)
    {
    case PP_STATUS_FAIL:
      cairo_set_source_rgb (cr, 0.75, 0.05, 0.05);
      break;
    case PP_STATUS_WARN:
      cairo_set_source_rgb (cr, 0.6, 0.38, 0.0);
      break;
    case PP_STATUS_NA:
      cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
      break;
    case PP_STATUS_PASS:
    default:
      cairo_set_source_rgb (cr, 0.0, 0.4, 0.15);
      break;
    }
}

/* Numbers, statuses, unit types and headers come again and again: each
 * is shaped once and drawn from then on without a clip (it fits: a text
 * that fits on one line is placed by its measured width; a header wraps
 * in its own width). A roll-up of 50,000 units is mostly these. */
static void
draw_shaped (PpReportLayout *self,
             cairo_t        *cr,
             const GridCell *cell,
             double          x,
             double          y,
             double          width,
             gboolean        wrap)
{
  double inner = width - 2 * PAD - cell->indent;
  g_autofree char *key = wrap ? g_strdup_printf ("w%.2f%c%s", inner, cell->font == self->bold ? 'b' : 'r', cell->text)
                              : g_strconcat (cell->font == self->bold ? "b" : "r", cell->text, NULL);
  PangoLayout *shaped = g_hash_table_lookup (self->shaped, key);
  double text_width;

  if (shaped == NULL)
    {
      shaped = pango_layout_new (self->context);
      pango_layout_set_font_description (shaped, cell->font);
      pango_layout_set_wrap (shaped, PANGO_WRAP_WORD_CHAR);
      if (wrap)
        {
          pango_layout_set_width (shaped, pango_units_from_double (inner));
          pango_layout_set_alignment (shaped, cell->alignment);
        }
      pango_layout_set_text (shaped, cell->text, -1);
      g_hash_table_insert (self->shaped, g_strdup (key), shaped);
    }

  measure_cached (self, cell->text, cell->font, &text_width, NULL);
  if (wrap || cell->alignment == PANGO_ALIGN_LEFT)
    x += PAD + cell->indent;
  else if (cell->alignment == PANGO_ALIGN_RIGHT)
    x += width - PAD - text_width;
  else
    x += (width - text_width) / 2;

  if (cell->status >= 0)
    set_status_color (cr, cell->status);
  cairo_move_to (cr, x, y + PAD);
  pango_cairo_show_layout (cr, shaped);
  if (cell->status >= 0)
    cairo_set_source_rgb (cr, 0, 0, 0);
}

/* One cell: its shade, then its text, clipped to it unless it is known
 * to fit; the rules are drawn with the whole table. */
static void
draw_cell (PpReportLayout *self,
           cairo_t        *cr,
           const GridCell *cell,
           double          x,
           double          y,
           double          width,
           double          height,
           double          shade)
{
  Size *size;

  if (shade < 1.0)
    {
      cairo_set_source_rgb (cr, shade, shade, shade);
      cairo_rectangle (cr, x, y, width, height);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0, 0, 0);
    }
  if (cell->text[0] == '\0')
    return;
  if (cell->short_text || cell->repeated)
    {
      draw_shaped (self, cr, cell, x, y, width, cell->repeated);
      return;
    }
  size = measure_cached (self, cell->text, cell->font, NULL, NULL);
  if (size->width <= width - 2 * PAD - cell->indent && ++size->drawn > 1)
    {
      draw_shaped (self, cr, cell, x, y, width, FALSE);
      return;
    }
  cairo_save (cr);
  cairo_rectangle (cr, x, y, width, height);
  cairo_clip (cr);
  if (cell->status >= 0)
    set_status_color (cr, cell->status);
  show_text (self, cr, cell->text, cell->font, x + PAD + cell->indent, y + PAD, width - 2 * PAD - cell->indent,
             cell->alignment);
  cairo_restore (cr);
}

static void
draw_grid (PpReportLayout *self,
           cairo_t        *cr,
           const Item     *item)
{
  Grid *grid = g_ptr_array_index (self->grids, item->grid);
  double y = item->y, top, right;

  if (grid->heading_height > 0)
    {
      g_autofree char *heading = NULL;

      /* TRANSLATORS: a table's title on the pages it continues onto */
      heading = item->continued ? g_strdup_printf (_("%s (continued)"), grid->table->title)
                                : g_strdup (grid->table->title);
      cairo_set_source_rgb (cr, 0, 0, 0);
      show_text (self, cr, heading, self->heading, MARGIN, y, -1, PANGO_ALIGN_LEFT);
      y += grid->heading_height;
    }
  top = y;
  if (grid->header_height > 0)
    {
      for (guint c = 0; c < grid->n_columns; c++)
        {
          GridCell cell = { (char *) grid->table->columns[c], self->bold, PANGO_ALIGN_CENTER, 0, FALSE, -1, TRUE };

          draw_cell (self, cr, &cell, MARGIN + grid->x[c], y, grid->x[c + 1] - grid->x[c], grid->header_height, 0.88);
        }
      y += grid->header_height;
    }

  for (guint r = item->first_row; r < item->end_row; r++)
    {
      const PpReportRow *row = grid->table ? pp_report_table_get_row (grid->table, r) : NULL;
      double shade = row && (row->kind == PP_REPORT_ROW_TOTAL || row->kind == PP_REPORT_ROW_SUBTOTAL) ? 0.93
                     : row && row->kind == PP_REPORT_ROW_GROUP ? 0.97 : 1.0;

      for (guint c = 0; c < grid->n_columns; c++)
        {
          GridCell cell;

          grid_cell (grid, self, r, c, &cell);
          draw_cell (self, cr, &cell, MARGIN + grid->x[c], y, grid->x[c + 1] - grid->x[c], grid->heights[r],
                     grid->table ? shade : c % 2 == 0 ? 0.95 : 1.0);
          g_free (cell.text);
        }
      y += grid->heights[r];
    }

  /* The rules between rows and columns: one path, one stroke. */
  right = MARGIN + grid->x[grid->n_columns];
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint c = 0; c <= grid->n_columns; c++)
    {
      cairo_move_to (cr, MARGIN + grid->x[c], top);
      cairo_line_to (cr, MARGIN + grid->x[c], y);
    }
  cairo_move_to (cr, MARGIN, top);
  cairo_line_to (cr, right, top);
  y = top + grid->header_height;
  for (guint r = item->first_row; r < item->end_row; r++)
    {
      cairo_move_to (cr, MARGIN, y);
      cairo_line_to (cr, right, y);
      y += grid->heights[r];
    }
  cairo_move_to (cr, MARGIN, y);
  cairo_line_to (cr, right, y);
  cairo_stroke (cr);
}

/* The three approval boxes side by side, each with its title, room for
 * the opinion, and lines to sign and date. */
static void
draw_approvals (PpReportLayout *self,
                cairo_t        *cr,
                const Item     *item)
{
  guint n;
  const char * const *titles = pp_report_get_approvals (&n);
  double gap = 8, width = (self->width - 2 * MARGIN - gap * (n - 1)) / n;

  for (guint i = 0; i < n; i++)
    {
      double x = MARGIN + i * (width + gap);
      double bottom = item->y + APPROVAL_H;

      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_rectangle (cr, x, item->y, width, APPROVAL_H);
      cairo_stroke (cr);
      show_text (self, cr, titles[i], self->bold, x + 6, item->y + 6, width - 12, PANGO_ALIGN_LEFT);
      show_text (self, cr, pp_report_get_signature_line (), self->regular, x + 6,
                 bottom - 2 * self->line_height - 14, width - 12, PANGO_ALIGN_LEFT);
      show_text (self, cr, pp_report_get_date_line (), self->regular, x + 6, bottom - self->line_height - 8,
                 width - 12, PANGO_ALIGN_LEFT);
    }
}

void
pp_report_layout_draw_page (PpReportLayout *self,
                            cairo_t        *cr,
                            guint           page)
{
  guint first, end;
  g_autofree char *number = NULL;

  g_return_if_fail (page < self->pages->len);

  first = g_array_index (self->pages, guint, page);
  end = page + 1 < self->pages->len ? g_array_index (self->pages, guint, page + 1) : self->items->len;

  cairo_save (cr);
  cairo_set_line_width (cr, LINE_WIDTH);
  for (guint i = first; i < end; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);

      switch (item->kind)
        {
        case ITEM_TITLE:
          cairo_set_source_rgb (cr, 0, 0, 0);
          show_text (self, cr, pp_report_get_title (self->report), self->title, MARGIN, item->y,
                     self->width - 2 * MARGIN, PANGO_ALIGN_CENTER);
          show_text (self, cr, pp_report_get_subject (self->report), self->subtitle, MARGIN,
                     item->y + self->subtitle_offset, self->width - 2 * MARGIN,
                     PANGO_ALIGN_CENTER);
          break;
        case ITEM_GRID:
          draw_grid (self, cr, item);
          break;
        case ITEM_APPROVALS:
          draw_approvals (self, cr, item);
          break;
        default:
          g_assert_not_reached ();
        }
    }

  cairo_set_source_rgb (cr, 0, 0, 0);
  show_text (self, cr, pp_report_get_subject (self->report), self->regular, MARGIN,
             self->height - MARGIN - self->line_height, (self->width - 2 * MARGIN) / 2, PANGO_ALIGN_LEFT);
  /* TRANSLATORS: the page number at the foot of each page: 第 N 页 共 M 页 */
  number = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  show_text (self, cr, number, self->regular, MARGIN, self->height - MARGIN - self->line_height,
             self->width - 2 * MARGIN, PANGO_ALIGN_RIGHT);
  cairo_restore (cr);
}
