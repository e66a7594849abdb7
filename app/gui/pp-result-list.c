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
};

G_DEFINE_FINAL_TYPE (PpResultList, pp_result_list, GTK_TYPE_WIDGET)

enum { REMEDY_APPLIED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* Applies a remedy, one undoable edit; the caller redraws what changed. */
static void
apply_remedy (PpResultList *self,
              GtkWidget    *button,
              PpCommand    *command)
{
  g_autoptr(GError) error = NULL;

  if (!pp_editor_apply (self->editor, command, &error))
    {
      pp_refuse_error (button, error);
      return;
    }
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

static GtkWidget *
remedy_button (PpResultList   *self,
               const PpResult *result,
               guint           index,
               gboolean        convert)
{
  g_autoptr(PpCommand) command = NULL;
  g_autofree char *label = NULL;
  GtkWidget *button;
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
    label = g_strdup_printf (ngettext ("Convert %d post: %s", "Convert %d posts: %s", (int) post.count),
                             (int) post.count, post.title);
  else
    /* TRANSLATORS: a button that adds post lines, e.g. "Add 4 posts: Social worker" */
    label = g_strdup_printf (ngettext ("Add %d post: %s", "Add %d posts: %s", (int) post.count),
                             (int) post.count, post.title);
  button = gtk_button_new_with_label (label);
  gtk_widget_add_css_class (button, "pill");
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

static GtkWidget *
wrapped_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  return label;
}

static GtkWidget *
result_row (PpResultList   *self,
            const PpResult *result,
            guint           index)
{
  const PpRule *rule = pp_result_get_rule (result);
  g_autofree char *message = pp_result_format_message (result);
  g_autofree char *details = pp_result_format_details (result);
  g_autofree char *title = NULL;
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *status = gtk_label_new (pp_status_get_label (result->status));
  GtkWidget *heading, *body, *button, *quote;

  /* TRANSLATORS: a rule's title and its clause, e.g. "… · 三(一)1" */
  title = g_strdup_printf (_("%s · %s"), pp_rule_get_title (rule), rule->clause);
  heading = wrapped_label (title);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_valign (status, GTK_ALIGN_START);
  gtk_widget_add_css_class (status, pp_status_css_class (result->status));
  gtk_widget_add_css_class (status, "heading");
  gtk_box_append (GTK_BOX (top), status);
  gtk_box_append (GTK_BOX (top), heading);

  body = wrapped_label (message);
  gtk_label_set_selectable (GTK_LABEL (body), TRUE);

  gtk_widget_set_margin_top (row, 10);
  gtk_widget_set_margin_bottom (row, 10);
  gtk_widget_set_margin_start (row, 12);
  gtk_widget_set_margin_end (row, 12);
  gtk_box_append (GTK_BOX (row), top);
  gtk_box_append (GTK_BOX (row), body);
  if (details != NULL)
    {
      GtkWidget *more = wrapped_label (details);
      gtk_widget_add_css_class (more, "dim-label");
      gtk_box_append (GTK_BOX (row), more);
    }

  /* The remedies, one under the other: a panel is narrow, and labels
   * such as "Convert 10 posts: Professional-technical post" are long. */
  for (int convert = 0; convert <= 1; convert++)
    if ((button = remedy_button (self, result, index, convert)))
      {
        gtk_widget_set_halign (button, GTK_ALIGN_START);
        gtk_box_append (GTK_BOX (row), button);
      }

  if ((quote = quote_expander (rule)))
    gtk_box_append (GTK_BOX (row), quote);
  return row;
}

void
pp_result_list_show (PpResultList *self,
                     PpEditor     *editor,
                     PpUnit       *unit)
{
  GtkWidget *child;
  const PpResult *results;
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  guint n = 0;

  g_return_if_fail (PP_IS_RESULT_LIST (self));
  g_return_if_fail (PP_IS_EDITOR (editor));

  self->editor = editor;
  g_free (self->unit_id);
  self->unit_id = unit ? g_strdup (unit->id) : NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))))
    gtk_list_box_remove (self->list, child);

  if (unit != NULL)
    results = pp_check_get_unit_results (pp_editor_get_check (editor), unit, &n);
  else
    results = pp_check_get_plan_results (pp_editor_get_check (editor), &n);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, (gpointer) &results[i]);
  g_ptr_array_sort (sorted, pp_result_compare_worst_first);

  if (sorted->len == 0)
    {
      gtk_list_box_append (self->list, pp_empty_row_new (_("No rule of the policy in force applies here.")));
    }
  for (guint i = 0; i < sorted->len; i++)
    gtk_list_box_append (self->list, result_row (self, sorted->pdata[i],
                                                 (const PpResult *) sorted->pdata[i] - results));
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
