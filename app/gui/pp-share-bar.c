/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-share-bar.c: a share drawn as a bar against its threshold. Colours
 * come from the libadwaita palette, so the bar follows the dark style. */

#include "config.h"

#include "pp-share-bar.h"

#define BAR_HEIGHT 8
#define TICK_OVERHANG 4

typedef struct
{
  double   share;      /* 0…1 */
  double   threshold;  /* 0…1, or < 0 for none */
  PpStatus status;
} Bar;

static const char *
colour_name (PpStatus status)
{
  switch (status)
    {
    case PP_STATUS_FAIL:
      return "error_color";
    case PP_STATUS_WARN:
      return "warning_color";
    case PP_STATUS_PASS:
      return "success_color";
    case PP_STATUS_NA:
    default:
      return "accent_color";
    }
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   width,
              double   height)
{
  double r = MIN (height / 2, width / 2);

  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - r, y + r, r, -G_PI / 2, G_PI / 2);
  cairo_arc (cr, x + r, y + r, r, G_PI / 2, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_bar (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        data)
{
  const Bar *bar = data;
  GtkStyleContext *style = gtk_widget_get_style_context (GTK_WIDGET (area));
  double y = (height - BAR_HEIGHT) / 2.0;
  GdkRGBA fg, fill;

  gtk_style_context_get_color (style, &fg);
  if (!gtk_style_context_lookup_color (style, colour_name (bar->status), &fill))
    fill = fg;

  /* The track: the whole, faint. */
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * 0.12);
  rounded_rect (cr, 0, y, width, BAR_HEIGHT);
  cairo_fill (cr);

  if (bar->share > 0)
    {
      gdk_cairo_set_source_rgba (cr, &fill);
      rounded_rect (cr, 0, y, MAX (BAR_HEIGHT, width * bar->share), BAR_HEIGHT);
      cairo_fill (cr);
    }

  if (bar->threshold >= 0)
    {
      double x = CLAMP ((int) (width * bar->threshold + 0.5), 1, width - 1);

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * 0.8);
      cairo_rectangle (cr, x - 1, y - TICK_OVERHANG, 2, BAR_HEIGHT + 2 * TICK_OVERHANG);
      cairo_fill (cr);
    }
}

GtkWidget *
pp_share_bar_new (gint64            a,
                  gint64            n,
                  PpStatus          status,
                  const PpFraction *threshold,
                  const char       *description)
{
  GtkWidget *area = gtk_drawing_area_new ();
  Bar *bar = g_new0 (Bar, 1);

  bar->share = n > 0 ? CLAMP ((double) a / n, 0, 1) : 0;
  bar->threshold = threshold != NULL && threshold->q > 0 ? CLAMP ((double) threshold->p / threshold->q, 0, 1) : -1;
  bar->status = status;
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), BAR_HEIGHT + 2 * TICK_OVERHANG);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_bar, bar, g_free);
  gtk_widget_set_hexpand (area, TRUE);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  return area;
}
