/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-result-list.c: the compliance panel. Results are sorted fail → warn →
 * na → pass; within a status they keep the pack's order. */

#define G_LOG_DOMAIN "pp-result-list"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-gui-util.h"
#include "pp-remedy.h"
#include "pp-result-list.h"

struct _PpResultList
{
  GtkWidget   parent_instance;

  GtkListBox *list;
  PpEditor   *editor;   /* borrowed, while shown */
  char       *unit_id;
  guint       fill_source;  /* shows the results after the first */
};

/* Results shown with the page itself; the rest follow in the next
 * frame. A result's wrapped text costs some 8 ms to measure on a slow
 * machine: the worst result, first, is what the planner reads first. */
#define FIRST_ROWS 1

G_DEFINE_FINAL_TYPE (PpResultList, pp_result_list, GTK_TYPE_WIDGET)

enum { REMEDY_APPLIED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* Applies a remedy, one undoable edit; the caller redraws what changed. */
static void
apply_remedy (PpResultList *self,
              GtkWidget    *button,
              PpCommand    *command)
{
  if (pp_apply_or_refuse (self->editor, button, command))
    g_signal_emit (self, signals[REMEDY_APPLIED], 0);
}

/* The remedy is made again on a click, from the check as it is then: a
 * button never applies a stale plan of action. */
static const PpResult *
current_result (PpResultList *self,
                GtkWidget    *button)
{
  PpCheck *check = pp_editor_get_check (self->editor);
  PpUnit *unit = pp_plan_find_unit (pp_editor_get_plan (self->editor), self->unit_id);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "result-index"));
  const PpResult *results;
  guint n;

  if (unit == NULL)
    return NULL;
  results = pp_check_get_unit_results (check, unit, &n);
  return index < n ? &results[index] : NULL;
}

static void
on_remedy_clicked (GtkButton    *button,
                   PpResultList *self)
{
  g_autoptr(GError) error = NULL;
  const PpResult *result = current_result (self, GTK_WIDGET (button));
  gboolean convert = g_object_get_data (G_OBJECT (button), "convert") != NULL;
  PpCommand *command;

  if (result == NULL)
    return;
  command = convert ? pp_remedy_convert (pp_editor_get_plan (self->editor), result, NULL, &error)
                    : pp_remedy_add (pp_editor_get_plan (self->editor), result, NULL, &error);
  if (command == NULL)
    {
      pp_refuse_error (GTK_WIDGET (button), error);
      return;
    }
  apply_remedy (self, GTK_WIDGET (button), command);
}

/* The words of a remedy's button, or NULL when it cannot be done. */
static char *
remedy_label (PpResultList   *self,
              const PpResult *result,
              gboolean        convert)
{
  g_autoptr(PpCommand) command = NULL;
  PpPost post;

  if (result->unit == NULL)
    return NULL;
  /* Offered only when it can be done. */
  command = convert ? pp_remedy_convert (pp_editor_get_plan (self->editor), result, &post, NULL)
                    : pp_remedy_add (pp_editor_get_plan (self->editor), result, &post, NULL);
  if (command == NULL)
    return NULL;

  if (convert)
    /* TRANSLATORS: a button that moves vacant posts to a new line, e.g. "Convert 1 post: Social worker" */
    return g_strdup_printf (ngettext ("Convert %d post: %s", "Convert %d posts: %s", (int) post.count),
                            (int) post.count, post.title);
  /* TRANSLATORS: a button that adds post lines, e.g. "Add 4 posts: Social worker" */
  return g_strdup_printf (ngettext ("Add %d post: %s", "Add %d posts: %s", (int) post.count),
                          (int) post.count, post.title);
}

/* The least width of a result's text, in characters: narrower than the
 * panel ever is, beside a status word too. GTK counts a character as
 * the font's widest (some 14 px with Chinese fonts), and the panel has
 * 290 px for text. Without it, GTK finds a wrapped label's least width by
 * laying its text out at no width at all, a line per word (per character
 * in Chinese), and Pango shapes the rest of the text again for each line:
 * that was a third of the time a unit took to show. */
#define RESULT_TEXT_MIN_CHARS 14

static void
wrap_text (GtkLabel *label)
{
  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (label, RESULT_TEXT_MIN_CHARS);
}

static GtkWidget *
wrapped_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  wrap_text (GTK_LABEL (label));
  return label;
}

static GtkWidget *
remedy_button (PpResultList *self,
               const char   *label,
               guint         index,
               gboolean      convert)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  /* A remedy's words may be longer than the panel is wide (in Mongolian,
   * say): they wrap, rather than widen the panel until it folds away. */
  wrap_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))));
  gtk_label_set_justify (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), GTK_JUSTIFY_CENTER);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  g_object_set_data (G_OBJECT (button), "result-index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (button), "convert", GINT_TO_POINTER (convert));
  g_signal_connect (button, "clicked", G_CALLBACK (on_remedy_clicked), self);
  return button;
}

/* The clause's words from the source document, behind an expander so
 * that the panel stays short. */
static GtkWidget *
quote_expander (const PpRule *rule)
{
  GtkWidget *expander;
  GtkWidget *quote;
  g_autofree char *source = NULL;

  if (rule->quote == NULL)
    return NULL;
  expander = gtk_expander_new (_("Source Text"));
  /* TRANSLATORS: a quoted clause, then the document it is from */
  source = g_strdup_printf (_("“%s”\n— %s, %s"), rule->quote, rule->pack->document, rule->clause);
  quote = gtk_label_new (source);
  gtk_label_set_xalign (GTK_LABEL (quote), 0);
  gtk_label_set_wrap (GTK_LABEL (quote), TRUE);
  gtk_label_set_selectable (GTK_LABEL (quote), TRUE);
  gtk_widget_set_margin_top (quote, 6);
  gtk_widget_add_css_class (quote, "source-quote");
  gtk_expander_set_child (GTK_EXPANDER (expander), quote);
  return expander;
}

/* What a result's row shows, in words: a row that would show the same
 * is kept, so that an edit redraws only the results it changed. */
typedef struct
{
  const PpResult *result;
  guint           index;     /* in the unit's or plan's results */
  char           *title;
  char           *message;
  char           *details;
  char           *remedies[2];  /* add, convert; NULL when not offered */
  char           *signature;
} RowText;

static void
row_text_clear (RowText *text)
{
  g_free (text->title);
  g_free (text->message);
  g_free (text->details);
  g_free (text->remedies[0]);
  g_free (text->remedies[1]);
  g_free (text->signature);
}

static void
row_text_init (PpResultList   *self,
               RowText        *text,
               const PpResult *result,
               guint           index)
{
  const PpRule *rule = pp_result_get_rule (result);

  text->result = result;
  text->index = index;
  /* TRANSLATORS: a rule's title and its clause, e.g. "… · 三(一)1" */
  text->title = g_strdup_printf (_("%s · %s"), pp_rule_get_title (rule), rule->clause);
  text->message = pp_result_format_message (result);
  text->details = pp_result_format_details (result);
  for (int convert = 0; convert <= 1; convert++)
    text->remedies[convert] = remedy_label (self, result, convert);
  /* The rule stands for its source text; the index, for the results the
   * remedy buttons act on. */
  text->signature = g_strdup_printf ("%p\x1f%u\x1f%d\x1f%s\x1f%s\x1f%s\x1f%s\x1f%s", (gpointer) rule, index,
                                     result->status, text->title, text->message,
                                     text->details ? text->details : "",
                                     text->remedies[0] ? text->remedies[0] : "",
                                     text->remedies[1] ? text->remedies[1] : "");
}

static GtkWidget *
result_row (PpResultList  *self,
            const RowText *text)
{
  const PpResult *result = text->result;
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *status = gtk_label_new (pp_status_get_label (result->status));
  GtkWidget *heading, *body, *quote;

  heading = wrapped_label (text->title);
  /* Expanding, GTK 4.8's box gives it the width left beside the status;
   * not expanding, a box of a wrapped label and a word could allocate it
   * the width its lines had at another width, past the panel's edge. */
  gtk_widget_set_hexpand (heading, TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_valign (status, GTK_ALIGN_START);
  gtk_widget_add_css_class (status, pp_status_css_class (result->status));
  gtk_widget_add_css_class (status, "heading");
  gtk_box_append (GTK_BOX (top), status);
  gtk_box_append (GTK_BOX (top), heading);

  body = wrapped_label (text->message);
  gtk_label_set_selectable (GTK_LABEL (body), TRUE);

  gtk_widget_set_margin_top (row, 10);
  gtk_widget_set_margin_bottom (row, 10);
  gtk_widget_set_margin_start (row, 12);
  gtk_widget_set_margin_end (row, 12);
  gtk_box_append (GTK_BOX (row), top);
  gtk_box_append (GTK_BOX (row), body);
  if (text->details != NULL)
    {
      GtkWidget *more = wrapped_label (text->details);
      gtk_widget_add_css_class (more, "dim-label");
      gtk_box_append (GTK_BOX (row), more);
    }

  /* The remedies, one under the other: a panel is narrow, and labels
   * such as "Convert 10 posts: Professional-technical post" are long. */
  for (int convert = 0; convert <= 1; convert++)
    if (text->remedies[convert] != NULL)
      gtk_box_append (GTK_BOX (row), remedy_button (self, text->remedies[convert], text->index, convert));

  if ((quote = quote_expander (pp_result_get_rule (result))))
    gtk_box_append (GTK_BOX (row), quote);
  return row;
}

/* Puts a row at a place in the list, in place of what is there unless it
 * shows the same already. */
static void
place_row (PpResultList *self,
           guint         position,
           const char   *signature,
           GtkWidget *(*make) (PpResultList *, gconstpointer),
           gconstpointer data)
{
  GtkListBoxRow *old = gtk_list_box_get_row_at_index (self->list, (int) position);
  GtkWidget *row;

  if (old != NULL && g_strcmp0 (g_object_get_data (G_OBJECT (old), "signature"), signature) == 0)
    return;
  if (old != NULL)
    gtk_list_box_remove (self->list, GTK_WIDGET (old));
  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), make (self, data));
  g_object_set_data_full (G_OBJECT (row), "signature", g_strdup (signature), g_free);
  gtk_list_box_insert (self->list, row, (int) position);
}

static GtkWidget *
make_result_row (PpResultList  *self,
                 gconstpointer  text)
{
  return result_row (self, text);
}

static GtkWidget *
make_empty_row (PpResultList  *self,
                gconstpointer  text)
{
  return pp_empty_row_new (text);
}

/* Shows the results from place `from` on, up to `to`: the rest stays
 * as it is. From the check as it is now, found again by the unit's id:
 * results an edit has since replaced are never read. */
static void
fill_rows (PpResultList *self,
           guint         from,
           guint         to)
{
  PpCheck *check = pp_editor_get_check (self->editor);
  const PpResult *results;
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  guint n = 0;

  if (self->unit_id != NULL)
    {
      PpUnit *unit = pp_plan_find_unit (pp_editor_get_plan (self->editor), self->unit_id);

      if (unit == NULL)
        return;
      results = pp_check_get_unit_results (check, unit, &n);
    }
  else
    results = pp_check_get_plan_results (check, &n);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, (gpointer) &results[i]);
  g_ptr_array_sort (sorted, pp_result_compare_worst_first);

  if (sorted->len == 0 && from == 0)
    place_row (self, 0, "", make_empty_row, _("No rule of the policy in force applies here."));
  for (guint i = from; i < sorted->len && i < to; i++)
    {
      const PpResult *result = sorted->pdata[i];
      RowText text = { 0 };

      row_text_init (self, &text, result, result - results);
      place_row (self, i, text.signature, make_result_row, &text);
      row_text_clear (&text);
    }
  if (to >= sorted->len)
    {
      GtkListBoxRow *extra;

      while ((extra = gtk_list_box_get_row_at_index (self->list, (int) MAX (sorted->len, 1))))
        gtk_list_box_remove (self->list, GTK_WIDGET (extra));
    }
}

static gboolean
fill_rest_idle (gpointer data)
{
  PpResultList *self = data;

  self->fill_source = 0;
  fill_rows (self, FIRST_ROWS, G_MAXUINT);
  return G_SOURCE_REMOVE;
}

void
pp_result_list_show (PpResultList *self,
                     PpEditor     *editor,
                     PpUnit       *unit)
{
  g_return_if_fail (PP_IS_RESULT_LIST (self));
  g_return_if_fail (PP_IS_EDITOR (editor));

  self->editor = editor;
  if (g_strcmp0 (self->unit_id, unit ? unit->id : NULL) != 0)
    {
      GtkListBoxRow *stale;

      /* Another unit's rows below the fold would show for a moment. */
      while ((stale = gtk_list_box_get_row_at_index (self->list, FIRST_ROWS)))
        gtk_list_box_remove (self->list, GTK_WIDGET (stale));
      g_free (self->unit_id);
      self->unit_id = unit ? g_strdup (unit->id) : NULL;
    }

  /* The worst result now, the rest once that is drawn: a new unit's
   * page appears at once, and its other results follow a frame later. */
  g_clear_handle_id (&self->fill_source, g_source_remove);
  fill_rows (self, 0, FIRST_ROWS);
  self->fill_source = g_idle_add_full (G_PRIORITY_LOW, fill_rest_idle, self, NULL);
}

static void
pp_result_list_dispose (GObject *object)
{
  PpResultList *self = PP_RESULT_LIST (object);

  if (self->list != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->list));
      self->list = NULL;
    }
  g_clear_handle_id (&self->fill_source, g_source_remove);
  g_clear_pointer (&self->unit_id, g_free);
  G_OBJECT_CLASS (pp_result_list_parent_class)->dispose (object);
}

static void
pp_result_list_class_init (PpResultListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_result_list_dispose;

  /* A remedy changed the plan: the unit's lines need showing again. */
  signals[REMEDY_APPLIED] = g_signal_new ("remedy-applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                          NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pp_result_list_init (PpResultList *self)
{
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_set_valign (GTK_WIDGET (self->list), GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Compliance"), -1);
  gtk_widget_set_parent (GTK_WIDGET (self->list), GTK_WIDGET (self));
}

GtkWidget *
pp_result_list_new (void)
{
  return g_object_new (PP_TYPE_RESULT_LIST, NULL);
}
