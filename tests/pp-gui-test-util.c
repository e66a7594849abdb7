/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-gui-test-util.c: what the GUI tests share: waiting for frames,
 * screenshots, finding widgets as a user sees them, the sample's window. */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "pp-gui-test-util.h"
#include "pp-test-util.h"

static gboolean
tick (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Lets layout and drawing happen: asks for a frame and waits for it, a
 * few times. The timer keeps the loop from blocking when nothing draws. */
void
pp_test_wait_for_frames (GtkWidget *widget,
                         guint      frames)
{
  guint timer = g_timeout_add (20, tick, NULL);

  for (guint i = 0; i < 500 && !gtk_widget_get_mapped (widget); i++)
    g_main_context_iteration (NULL, TRUE);

  for (guint f = 0; f < frames; f++)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
      gint64 counter = clock ? gdk_frame_clock_get_frame_counter (clock) : 0;

      gtk_widget_queue_draw (widget);
      for (guint i = 0; clock != NULL && i < 50 && gdk_frame_clock_get_frame_counter (clock) == counter; i++)
        g_main_context_iteration (NULL, TRUE);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_source_remove (timer);
}

void
pp_test_screenshot (GtkWidget  *widget,
                    const char *name)
{
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width = 0, height = 0;

  /* A window just presented may take a few frames before it draws. */
  for (guint i = 0; i < 200 && node == NULL; i++)
    {
      g_autoptr(GdkPaintable) paintable = NULL;
      g_autoptr(GtkSnapshot) snapshot = NULL;

      if (i > 0)
        pp_test_wait_for_frames (widget, 1);
      width = gtk_widget_get_width (widget);
      height = gtk_widget_get_height (widget);
      if (!gtk_widget_is_drawable (widget) || width == 0 || height == 0)
        continue;
      paintable = gtk_widget_paintable_new (widget);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (g_getenv ("POSTPLAN_SCREENSHOT_DIR"), name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* The first widget of a type under root, depth first, whose object data
 * `key` holds `value` (and `key2` holds `value2`, when given). The view
 * tags its cells and rows this way, so tests find them as a user would
 * see them: in the real widget tree. Absent data reads as 0. */
GtkWidget *
pp_test_find_tagged (GtkWidget  *root,
                     GType       type,
                     const char *key,
                     guint       value,
                     const char *key2,
                     guint       value2)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type) &&
          GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), key)) == value &&
          (key2 == NULL || GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), key2)) == value2))
        return child;
      if ((found = pp_test_find_tagged (child, type, key, value, key2, value2)))
        return found;
    }
  return NULL;
}

/* The first widget under root whose name (the .ui's "name") is name. */
GtkWidget *
pp_test_find_named (GtkWidget  *root,
                    const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return child;
      if ((found = pp_test_find_named (child, name)))
        return found;
    }
  return NULL;
}

/* The open toplevel of a type, or NULL. */
GtkWidget *
pp_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* GTK's own */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type))
        return toplevel;
    }
  return NULL;
}

/* A window on the sample plan, with a library of its own in the test's
 * temporary directory; the window keeps the library alive. A width of 0
 * leaves the window its default size. */
PpWindow *
pp_test_open_sample_window (const char *library_name,
                            int         width,
                            int         height)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = pp_test_tmp_path (library_name);
  g_autoptr(PpLibrary) library = pp_library_open (path, &error);
  PpWindow *window;

  g_assert_no_error (error);
  window = pp_window_new (NULL, library, NULL);
  if (width > 0)
    gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (pp_window_open_sample (window));
  return window;
}

const PpResult *
pp_test_result_of (PpPlanView *view,
                   const char *rule_id)
{
  PpEditor *editor = pp_plan_view_get_editor (view);

  return pp_test_result (pp_editor_get_check (editor), rule_id, pp_plan_view_get_unit (view));
}

/* Text of every label under a widget, joined. */
void
pp_test_collect_text (GtkWidget *widget,
                      GString   *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_label (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    pp_test_collect_text (child, out);
}


void
pp_test_gui_init (int    *argc,
                  char ***argv)
{
  const char *localedir = g_getenv ("POSTPLAN_LOCALEDIR");

  /* Not isolated: GTK needs the system's icons and schemas. Files go to
   * the test's own temporary directory, settings to memory. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_test_init (argc, argv, NULL);
  g_assert_nonnull (g_getenv ("POSTPLAN_DATADIR"));
  gtk_init ();
  adw_init ();
  {
    /* What AdwApplication loads by itself: the screenshots show the
     * status colours as users see them. */
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
    gtk_css_provider_load_from_resource (css, "/io/github/postplan/PostPlan/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
}
