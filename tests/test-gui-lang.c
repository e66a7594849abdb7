/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The main windows in the language of $LANGUAGE (zh_CN, or mn_CN:zh_CN):
 * every label in the library view, the plan overview and a unit page
 * with failures is in that language's script and holds no Cyrillic,
 * which Debian's own "mn" catalogs would bring through the fallback from
 * mn_CN to mn. Screenshots go to the build directory as
 * LANG-library.png, LANG-plan-overview.png and LANG-unit-failing.png. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "pp-cell-tip.h"
#include "pp-gui-test-util.h"
#include "pp-language.h"
#include "pp-test-util.h"

static const char *lang;   /* "zh_CN" or "mn_CN" */

/* Counts the characters of the text in a script's block, and Cyrillic's. */
static void
count_scripts (const char *text,
               guint      *in_script,
               guint      *cyrillic)
{
  gunichar lo = g_str_equal (lang, "mn_CN") ? 0x1800 : 0x4E00;
  gunichar hi = g_str_equal (lang, "mn_CN") ? 0x18AF : 0x9FFF;

  *in_script = *cyrillic = 0;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= lo && c <= hi)
        (*in_script)++;
      if (c >= 0x0400 && c <= 0x04FF)
        (*cyrillic)++;
    }
}

/* Counts the folded flaps under a widget: at a desktop's width, none may
 * be, in any language (longer words must wrap, not push a pane away). */
static guint
count_folded (GtkWidget *widget)
{
  guint n = ADW_IS_FLAP (widget) && adw_flap_get_folded (ADW_FLAP (widget)) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_folded (child);
  return n;
}

/* Every label, button label, window title and tooltip (GTK's or a
 * table cell's) under a widget. */
static void
collect_all_text (GtkWidget *widget,
                  GString   *out)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);
  const char *cell_tip = pp_cell_tip_get (widget);

  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));
  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)))
    g_string_append_printf (out, "%s\n", gtk_button_get_label (GTK_BUTTON (widget)));
  if (GTK_IS_WINDOW (widget) && gtk_window_get_title (GTK_WINDOW (widget)))
    g_string_append_printf (out, "%s\n", gtk_window_get_title (GTK_WINDOW (widget)));
  if (tooltip != NULL)
    g_string_append_printf (out, "%s\n", tooltip);
  if (cell_tip != NULL)
    g_string_append_printf (out, "%s\n", cell_tip);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_all_text (child, out);
}

/* The window's words: none Cyrillic, and many in the language's script.
 * English words that are the interface's own (not names or numbers)
 * would mean a message left untranslated: a few known words are looked
 * for. */
static void
check_window_text (GtkWidget  *window,
                   const char *what)
{
  g_autoptr(GString) text = g_string_new (NULL);
  static const char * const english[] = { "Compliance", "Post Lines", "Add Unit", "Plans", "Fail", NULL };
  guint in_script, cyrillic;

  collect_all_text (window, text);
  count_scripts (text->str, &in_script, &cyrillic);
  g_test_message ("%s: %u characters in the script, %u Cyrillic", what, in_script, cyrillic);
  g_assert_cmpuint (cyrillic, ==, 0);
  g_assert_cmpuint (in_script, >=, 20);
  for (guint i = 0; english[i]; i++)
    {
      g_autofree char *line = g_strdup_printf ("\n%s\n", english[i]);
      g_assert_null (strstr (text->str, line));
    }
}

static void
test_main_windows (void)
{
  PpWindow *window = pp_test_open_sample_window ("gui-lang.sqlite", 1280, 860);
  PpPlanView *view = PP_PLAN_VIEW (pp_window_get_plan_view (window));
  g_autofree char *library_png = g_strdup_printf ("%s-library.png", lang);
  g_autofree char *overview_png = g_strdup_printf ("%s-plan-overview.png", lang);
  g_autofree char *unit_png = g_strdup_printf ("%s-unit-failing.png", lang);

  /* The plan overview: the whole plan selected. */
  pp_test_wait_for_frames (GTK_WIDGET (window), 3);
  check_window_text (GTK_WIDGET (window), "plan overview");
  pp_test_screenshot (GTK_WIDGET (window), overview_png);

  /* A unit with failures, its compliance panel beside it. */
  g_assert_true (pp_plan_view_select_unit (view, "cf-shfly"));
  pp_test_wait_for_frames (GTK_WIDGET (window), 3);
  check_window_text (GTK_WIDGET (window), "unit page");
  g_assert_cmpuint (count_folded (GTK_WIDGET (window)), ==, 0);
  pp_test_screenshot (GTK_WIDGET (window), unit_png);

  /* The library, with the sample in it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL));
  pp_test_wait_for_frames (GTK_WIDGET (window), 3);
  check_window_text (GTK_WIDGET (window), "library");
  {
    /* The sample's date, as the language writes it. */
    g_autoptr(GString) text = g_string_new (NULL);

    collect_all_text (GTK_WIDGET (window), text);
    g_assert_nonnull (strstr (text->str, g_str_equal (lang, "mn_CN") ? "2026 ᠣᠨ\u202fᠤ 11 ᠰᠠᠷ᠎ᠠ\u202fᠶᠢᠨ 22"
                                                                      : "2026年11月22日"));
  }
  pp_test_screenshot (GTK_WIDGET (window), library_png);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  pp_test_gui_init (&argc, &argv);
  lang = pp_language_is_mongolian () ? "mn_CN" : "zh_CN";
  g_assert_true (g_str_has_prefix (g_getenv ("LANGUAGE"), lang));
  pp_language_apply_style ();

  g_test_add_func ("/gui-lang/main-windows", test_main_windows);
  return g_test_run ();
}
