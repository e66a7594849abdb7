/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-post-table.c: the table's rows stand for line positions 0…n−1, not
 * for lines, so that rows another unit also has keep their cells and show
 * its lines at once: turning from unit to unit makes cells only for extra
 * rows. Each cell carries its column, field and line position; one
 * function applies what the user chose. */

#define G_LOG_DOMAIN "pp-post-table"

#include "config.h"

#include <gtk/gtk.h>
#include <glib/gi18n.h>

#include "pp-cell-tip.h"
#include "pp-choice-cell.h"
#include "pp-gui-util.h"
#include "pp-post-table.h"

struct _PpPostTable
{
  GtkWidget      parent_instance;

  GtkWidget     *scroller;
  GtkColumnView *view;
  GListStore    *rows;      /* GtkStringObject holding the line position */
  PpEditor      *editor;    /* borrowed, while shown */
  char          *unit_id;
};

G_DEFINE_FINAL_TYPE (PpPostTable, pp_post_table, GTK_TYPE_WIDGET)

enum
{
  LINES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static PpUnit *
shown_unit (PpPostTable *self)
{
  return pp_find_unit_shown (self->editor, self->unit_id);
}

typedef enum
{
  COLUMN_TITLE,
  COLUMN_CATEGORY,
  COLUMN_LEVEL,
  COLUMN_SOCIAL_WORK,
  COLUMN_SPECIAL,
  COLUMN_NEW,
  COLUMN_COUNT,
  COLUMN_FILLED,
  COLUMN_GRADUATE_RESERVED,
  COLUMN_DUPLICATE,
  COLUMN_REMOVE,
} Column;

static guint
row_index (GtkListItem *list_item)
{
  return (guint) g_ascii_strtoull (gtk_string_object_get_string (gtk_list_item_get_item (list_item)), NULL, 10);
}

static void show_post_cell (PpPostTable *self,
                            PpUnit      *unit,
                            GtkWidget   *cell);
static void lines_changed  (PpPostTable *self);

/* A refused cell: the reason beside it, as long as the row shows the
 * same line, as well as in the toast. */
static void
refuse_cell (GtkWidget  *cell,
             const char *reason)
{
  pp_refuse (cell, reason);
  gtk_widget_add_css_class (cell, "error");
  pp_cell_tip_show (cell, reason);
}

/* An edit of a cell the editor refused: the model's reason beside the
 * cell; the library's (it could not save) in a dialog, since no value of
 * the cell would help. */
static void
refuse_cell_error (GtkWidget    *cell,
                   const GError *error)
{
  if (error->domain == PP_LIBRARY_ERROR)
    pp_refuse_error (cell, error);
  else
    refuse_cell (cell, error->message);
}

/* The cell's value was taken (or the row shows another line): back to
 * its plain look. */
static void
accept_cell (GtkWidget *cell)
{
  /* Most cells were never refused: leave them be, it is a hot path. */
  if (!gtk_widget_has_css_class (cell, "error"))
    return;
  gtk_widget_remove_css_class (cell, "error");
  pp_cell_tip_set (cell, g_object_get_data (G_OBJECT (cell), "default-tooltip"));
}

/* Every editable cell carries its line and field; one function applies
 * what the user chose, and puts the cell back when the model says no. */
static void
apply_post_field (PpPostTable *self,
                  GtkWidget   *cell,
                  const char  *value)
{
  g_autoptr(GError) error = NULL;
  PpUnit *unit = shown_unit (self);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "post-index"));
  PpPostField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "post-field"));

  if (unit == NULL || index >= unit->n_posts)
    return;
  if (!pp_editor_apply (self->editor, pp_command_set_post_field (unit->id, index, field, value), &error))
    {
      refuse_cell_error (cell, error);
      show_post_cell (self, unit, cell);
      return;
    }
  accept_cell (cell);
}

static void
on_count_changed (GtkSpinButton *spin,
                  PpPostTable   *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "post-index"));
  PpPostField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "post-field"));
  int value = gtk_spin_button_get_value_as_int (spin);
  g_autofree char *text = NULL;
  PpUnit *unit = shown_unit (self);
  const PpPost *post;

  if (unit == NULL || index >= unit->n_posts)
    return;
  post = &unit->posts[index];
  /* Putting a refused value back echoes here: that is no edit. */
  if ((guint) value == (field == PP_POST_FIELD_COUNT ? post->count
                        : field == PP_POST_FIELD_FILLED ? post->filled
                        : post->graduate_reserved))
    return;
  text = g_strdup_printf ("%d", value);
  apply_post_field (self, GTK_WIDGET (spin), text);
}

/* Enter or leaving the cell commits a title. */
static void
commit_title (PpPostTable *self,
              GtkEntry    *entry)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "post-index"));
  g_autofree char *title = NULL;
  PpUnit *unit = shown_unit (self);

  /* Focus can leave a cell as its row is rebound for another unit: only
   * the unit the cell was showing takes its text. */
  if (unit == NULL || index >= unit->n_posts ||
      g_object_get_data (G_OBJECT (entry), "post-unit") != unit)
    return;
  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  if (title[0] == '\0')
    {
      refuse_cell (GTK_WIDGET (entry), _("A post line needs a title: the old one is kept"));
      show_post_cell (self, unit, GTK_WIDGET (entry));
      return;
    }
  if (g_strcmp0 (title, gtk_editable_get_text (GTK_EDITABLE (entry))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), title);
  if (g_strcmp0 (title, unit->posts[index].title) != 0)
    apply_post_field (self, GTK_WIDGET (entry), title);
}

static void
on_title_activate (GtkEntry    *entry,
                   PpPostTable *self)
{
  commit_title (self, entry);
}

static void
on_title_leave (GtkEventControllerFocus *focus,
                PpPostTable             *self)
{
  commit_title (self, GTK_ENTRY (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus))));
}

/* The cell of a line's column in the table, or NULL when not shown. */
static GtkWidget *
find_post_cell (GtkWidget *root,
                guint      index,
                Column     column)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_object_get_data (G_OBJECT (child), "post-column") == GUINT_TO_POINTER (column) &&
          g_object_get_data (G_OBJECT (child), "post-index") == GUINT_TO_POINTER (index))
        return child;
      if ((found = find_post_cell (child, index, column)))
        return found;
    }
  return NULL;
}

/* A new category: a level outside its range goes with the old category,
 * in the same undoable step. */
static void
apply_category (PpPostTable  *self,
                PpChoiceCell *choice,
                PpCategory    category)
{
  g_autoptr(GError) error = NULL;
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (choice), "post-index"));
  PpUnit *unit = shown_unit (self);
  const char *unit_id;
  const PpPost *post;
  PpCommand *command;
  GtkWidget *level_cell;
  int lo, hi;

  if (unit == NULL || index >= unit->n_posts)
    return;
  unit_id = unit->id;
  post = &unit->posts[index];
  pp_category_get_level_range (category, &lo, &hi);
  command = pp_command_set_post_field (unit_id, index, PP_POST_FIELD_CATEGORY, pp_category_to_string (category));
  if (post->level >= 0 && (lo < 0 || post->level < lo || post->level > hi))
    {
      PpCommand *group = pp_command_post_group_new (unit_id);

      pp_command_post_group_add (group, command);
      pp_command_post_group_add (group, pp_command_set_post_field (unit_id, index, PP_POST_FIELD_LEVEL, ""));
      command = group;
    }
  if (!pp_editor_apply (self->editor, command, &error))
    {
      refuse_cell_error (GTK_WIDGET (choice), error);
      show_post_cell (self, unit, GTK_WIDGET (choice));
      return;
    }
  accept_cell (GTK_WIDGET (choice));
  /* The level's choices follow the category. */
  if ((level_cell = find_post_cell (GTK_WIDGET (self->view), index, COLUMN_LEVEL)))
    show_post_cell (self, shown_unit (self), level_cell);
}

static void
on_choice_selected (PpChoiceCell *choice,
                    GParamSpec   *pspec,
                    PpPostTable  *self)
{
  PpPostField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (choice), "post-field"));
  guint selected = pp_choice_cell_get_selected (choice);
  int lo = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (choice), "level-min"));
  guint count = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (choice), "level-count"));
  g_autofree char *value = NULL;

  if (field == PP_POST_FIELD_CATEGORY)
    {
      /* The first choice, “—”, is no category. */
      apply_category (self, choice, selected == GTK_INVALID_LIST_POSITION ? PP_CATEGORY_NONE : selected);
      return;
    }
  /* “—” leaves the level unset; then the category's levels; last, maybe,
   * the level out of range the line already has, which is no change. */
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    value = g_strdup ("");
  else if (selected <= count)
    value = g_strdup_printf ("%d", lo + (int) selected - 1);
  else
    return;
  apply_post_field (self, GTK_WIDGET (choice), value);
}

static void
on_post_flag_toggled (GtkCheckButton *check,
                      PpPostTable    *self)
{
  apply_post_field (self, GTK_WIDGET (check), gtk_check_button_get_active (check) ? "true" : "false");
}

/* A copy of the line right below it, as a start for a similar one. No
 * one holds the copy yet: its filled posts start at none. */
static void
on_duplicate_clicked (GtkButton   *button,
                      PpPostTable *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "post-index"));
  PpUnit *unit = shown_unit (self);
  g_autofree char *prefix = NULL;
  g_autofree char *id = NULL;
  PpPost copy;

  if (unit == NULL || index >= unit->n_posts)
    return;
  copy = unit->posts[index];
  copy.filled = 0;
  prefix = g_strconcat (unit->id, "-line", NULL);
  id = pp_plan_make_id (pp_editor_get_plan (self->editor), prefix);
  copy.id = id;
  if (pp_apply_or_refuse (self->editor, GTK_WIDGET (button), pp_command_add_post (unit->id, index + 1, &copy)))
    lines_changed (self);
}

static void
on_remove_clicked (GtkButton   *button,
                   PpPostTable *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "post-index"));
  PpUnit *unit = shown_unit (self);

  if (unit == NULL || index >= unit->n_posts)
    return;
  if (pp_apply_or_refuse (self->editor, GTK_WIDGET (button), pp_command_remove_post (unit->id, index)))
    lines_changed (self);
}

static GtkWidget *
new_category_choice (void)
{
  GtkWidget *cell = pp_choice_cell_new (_("Category"));
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  g_ptr_array_add (labels, (gpointer) "—");
  for (PpCategory category = PP_CATEGORY_MANAGEMENT; category <= PP_CATEGORY_SKILLED; category++)
    g_ptr_array_add (labels, (gpointer) pp_category_get_label (category));
  g_ptr_array_add (labels, NULL);
  pp_choice_cell_set_choices (PP_CHOICE_CELL (cell), (const char * const *) labels->pdata);
  return cell;
}

/* The levels a line of its category may take (management 1–10,
 * professional-technical 1–13, skilled 0–5) after “—” for none; a line
 * without a category takes no level. A level the plan already holds
 * outside that range (from an imported file) stays on offer, marked, so
 * that the cell never shows what the line does not say. */
static void
show_level_choices (PpChoiceCell *cell,
                    const PpPost *post)
{
  int lo, hi, extra = -1;
  guint count;
  gpointer key;

  pp_category_get_level_range (post->category, &lo, &hi);
  count = lo < 0 ? 0 : (guint) (hi - lo + 1);
  if (post->level >= 0 && (lo < 0 || post->level < lo || post->level > hi))
    extra = post->level;

  /* New choices only when they differ: most lines of a unit share them. */
  key = GINT_TO_POINTER (((lo + 2) << 16) | ((hi + 2) << 8) | (extra + 2));
  if (g_object_get_data (G_OBJECT (cell), "level-key") != key)
    {
      g_autoptr(GStrvBuilder) labels = g_strv_builder_new ();
      g_auto(GStrv) choices = NULL;

      g_object_set_data (G_OBJECT (cell), "level-key", key);
      g_strv_builder_add (labels, "—");
      for (guint i = 0; i < count; i++)
        {
          g_autofree char *text = g_strdup_printf ("%u", lo + i);
          g_strv_builder_add (labels, text);
        }
      if (extra >= 0)
        {
          /* TRANSLATORS: a level outside its category's range, e.g. "12 ⚠" */
          g_autofree char *text = g_strdup_printf (_("%d ⚠"), extra);
          g_strv_builder_add (labels, text);
        }
      choices = g_strv_builder_end (labels);
      pp_choice_cell_set_choices (cell, (const char * const *) choices);
      g_object_set_data (G_OBJECT (cell), "level-min", GINT_TO_POINTER (lo));
      g_object_set_data (G_OBJECT (cell), "level-count", GUINT_TO_POINTER (count));
    }
  pp_choice_cell_set_selected (cell, post->level < 0 ? 0 : extra >= 0 ? count + 1 : (guint) (post->level - lo) + 1);

  if (extra >= 0)
    {
      g_autofree char *reason = NULL;

      if (lo < 0)
        reason = g_strdup_printf (_("Level %d on a line without a category: choose the category first"), extra);
      else
        /* TRANSLATORS: a level, and the lowest and highest its category allows */
        reason = g_strdup_printf (_("Level %d is outside this category's levels (%d–%d): choose another"),
                                  extra, lo, hi);
      gtk_widget_add_css_class (GTK_WIDGET (cell), "error");
      pp_cell_tip_set (GTK_WIDGET (cell), reason);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (cell), "error");
      pp_cell_tip_set (GTK_WIDGET (cell), lo < 0 ? _("Choose the category first") : NULL);
    }
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  column_data)
{
  PpPostTable *self = g_object_get_data (G_OBJECT (factory), "table");
  Column column = GPOINTER_TO_UINT (column_data);
  GtkWidget *cell = NULL;
  PpPostField field = PP_POST_FIELD_TITLE;

  switch (column)
    {
    case COLUMN_TITLE:
      {
        /* An entry, not a GtkEditableLabel: in GTK 4.8 that one leaves a
         * focus callback behind when its row goes, and crashes later. */
        GtkEventController *focus = gtk_event_controller_focus_new ();

        cell = gtk_entry_new ();
        gtk_widget_add_css_class (cell, "flat");
        /* The title is what the planner reads first: never squeeze it away. */
        gtk_editable_set_width_chars (GTK_EDITABLE (cell), 12);
        gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _("Post line title"), -1);
        g_signal_connect (cell, "activate", G_CALLBACK (on_title_activate), self);
        g_signal_connect (focus, "leave", G_CALLBACK (on_title_leave), self);
        gtk_widget_add_controller (cell, focus);
      }
      break;
    case COLUMN_CATEGORY:
      cell = new_category_choice ();
      field = PP_POST_FIELD_CATEGORY;
      g_signal_connect (cell, "notify::selected", G_CALLBACK (on_choice_selected), self);
      break;
    case COLUMN_LEVEL:
      cell = pp_choice_cell_new (_("Level"));
      field = PP_POST_FIELD_LEVEL;
      g_signal_connect (cell, "notify::selected", G_CALLBACK (on_choice_selected), self);
      break;
    case COLUMN_SOCIAL_WORK:
    case COLUMN_SPECIAL:
    case COLUMN_NEW:
      {
        static const struct { PpPostField field; const char *label; } flags[] = {
          [COLUMN_SOCIAL_WORK] = { PP_POST_FIELD_SOCIAL_WORK, N_("Social-work post") },
          [COLUMN_SPECIAL] = { PP_POST_FIELD_SPECIAL, N_("Special post (特设岗位)") },
          [COLUMN_NEW] = { PP_POST_FIELD_NEW, N_("Newly created post") },
        };

        cell = gtk_check_button_new ();
        field = flags[column].field;
        gtk_widget_set_halign (cell, GTK_ALIGN_CENTER);
        pp_cell_tip_set (cell, _(flags[column].label));
        gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _(flags[column].label), -1);
        g_signal_connect (cell, "toggled", G_CALLBACK (on_post_flag_toggled), self);
      }
      break;
    case COLUMN_COUNT:
    case COLUMN_FILLED:
    case COLUMN_GRADUATE_RESERVED:
      cell = gtk_spin_button_new_with_range (0, G_MAXINT32, 1);
      field = column == COLUMN_COUNT ? PP_POST_FIELD_COUNT
            : column == COLUMN_FILLED ? PP_POST_FIELD_FILLED
            : PP_POST_FIELD_GRADUATE_RESERVED;
      /* Counts of a unit's posts are short: keep the table narrow. */
      gtk_editable_set_width_chars (GTK_EDITABLE (cell), 4);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (cell), TRUE);
      g_signal_connect (cell, "value-changed", G_CALLBACK (on_count_changed), self);
      break;
    case COLUMN_DUPLICATE:
      cell = gtk_button_new_from_icon_name ("edit-copy-symbolic");
      gtk_widget_add_css_class (cell, "flat");
      pp_cell_tip_set (cell, _("Duplicate Post Line"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Duplicate Post Line"), -1);
      /* Tells it from the remove button, for tests that look for either. */
      g_object_set_data (G_OBJECT (cell), "post-duplicate", GUINT_TO_POINTER (1));
      g_signal_connect (cell, "clicked", G_CALLBACK (on_duplicate_clicked), self);
      break;
    case COLUMN_REMOVE:
      cell = gtk_button_new_from_icon_name ("user-trash-symbolic");
      gtk_widget_add_css_class (cell, "flat");
      gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Remove Post Line"), -1);
      g_object_set_data (G_OBJECT (cell), "post-remove", GUINT_TO_POINTER (1));
      g_signal_connect (cell, "clicked", G_CALLBACK (on_remove_clicked), self);
      break;
    default:
      g_assert_not_reached ();
    }
  g_object_set_data (G_OBJECT (cell), "post-cell", GUINT_TO_POINTER (TRUE));
  g_object_set_data (G_OBJECT (cell), "post-field", GUINT_TO_POINTER (field));
  g_object_set_data (G_OBJECT (cell), "post-column", GUINT_TO_POINTER (column));
  g_object_set_data_full (G_OBJECT (cell), "default-tooltip", g_strdup (pp_cell_tip_get (cell)), g_free);
  gtk_list_item_set_child (list_item, cell);
}

/* Puts the model's value of a line's field into its cell. Binding does
 * this, and so does a refused edit: the cell itself goes back, since
 * rebinding the row would destroy the focused widget mid-signal. */
static void
show_post_cell (PpPostTable *self,
                PpUnit      *unit,
                GtkWidget   *cell)
{
  Column column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "post-column"));
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), "post-index"));
  const PpPost *post;
  gboolean held = FALSE;

  if (unit == NULL || index >= unit->n_posts)
    return;
  post = &unit->posts[index];

  /* Showing the model is not an edit. */
  g_signal_handlers_block_matched (cell, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  switch (column)
    {
    case COLUMN_TITLE:
      gtk_editable_set_text (GTK_EDITABLE (cell), post->title);
      break;
    case COLUMN_CATEGORY:
      pp_choice_cell_set_selected (PP_CHOICE_CELL (cell), post->category);
      break;
    case COLUMN_LEVEL:
      show_level_choices (PP_CHOICE_CELL (cell), post);
      break;
    case COLUMN_SOCIAL_WORK:
      gtk_check_button_set_active (GTK_CHECK_BUTTON (cell), (post->flags & PP_POST_SOCIAL_WORK) != 0);
      break;
    case COLUMN_SPECIAL:
      gtk_check_button_set_active (GTK_CHECK_BUTTON (cell), (post->flags & PP_POST_SPECIAL) != 0);
      break;
    case COLUMN_NEW:
      gtk_check_button_set_active (GTK_CHECK_BUTTON (cell), (post->flags & PP_POST_NEW) != 0);
      break;
    case COLUMN_GRADUATE_RESERVED:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (cell), post->graduate_reserved);
      break;
    case COLUMN_COUNT:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (cell), post->count);
      break;
    case COLUMN_FILLED:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (cell), post->filled);
      break;
    case COLUMN_DUPLICATE:
      break;
    case COLUMN_REMOVE:
      /* A line that staff hold cannot go: say so before the click. */
      for (guint s = 0; s < unit->n_staff && !held; s++)
        held = unit->staff[s].post == index;
      gtk_widget_set_sensitive (cell, !held);
      pp_cell_tip_set (cell, held ? _("Staff hold this line: move or remove them first")
                             : _("Remove Post Line"));
      break;
    default:
      g_assert_not_reached ();
    }
  g_signal_handlers_unblock_matched (cell, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  column_data)
{
  PpPostTable *self = g_object_get_data (G_OBJECT (factory), "table");
  GtkWidget *cell = gtk_list_item_get_child (list_item);
  PpUnit *unit = shown_unit (self);

  g_object_set_data (G_OBJECT (cell), "post-index", GUINT_TO_POINTER (row_index (list_item)));
  g_object_set_data (G_OBJECT (cell), "post-unit", unit);
  /* A new line in this row: an earlier refusal no longer applies. */
  accept_cell (cell);
  show_post_cell (self, unit, cell);
}

static void
add_column (PpPostTable *self,
            const char  *title,
            Column       column,
            gboolean     expand)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_object_set_data (G_OBJECT (factory), "table", self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GUINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GUINT_TO_POINTER (column));
  view_column = gtk_column_view_column_new (title, g_object_ref (factory));
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_append_column (self->view, view_column);
}

/* Shows the lines of the unit now shown in the cells already made: every
 * cell (the unit changed), or only the remove buttons (staff moved). */
static void
rebind_cells (PpPostTable *self,
              PpUnit      *unit,
              GtkWidget   *root,
              gboolean     only_remove)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      if (g_object_get_data (G_OBJECT (child), "post-cell") == NULL)
        {
          rebind_cells (self, unit, child, only_remove);
          continue;
        }
      if (only_remove && GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (child), "post-column")) != COLUMN_REMOVE)
        continue;
      g_object_set_data (G_OBJECT (child), "post-unit", unit);
      accept_cell (child);
      show_post_cell (self, unit, child);
    }
}

/* Rows for line positions [have, want) of the table. */
static void
add_rows (PpPostTable *self,
          guint        want)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  guint have = g_list_model_get_n_items (G_LIST_MODEL (self->rows));

  for (guint i = have; i < want; i++)
    {
      g_autofree char *index = g_strdup_printf ("%u", i);
      g_ptr_array_add (rows, gtk_string_object_new (index));
    }
  g_list_store_splice (self->rows, have, 0, rows->pdata, rows->len);
}

/* As many rows as the unit has lines; with no unit, the rows stay, in
 * standby for the next one. */
static void
show_lines (PpPostTable *self)
{
  PpUnit *unit = shown_unit (self);
  guint have = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  guint want = unit ? unit->n_posts : have;

  if (want < have)
    g_list_store_splice (self->rows, want, have - want, NULL, 0);
  rebind_cells (self, unit, GTK_WIDGET (self->view), FALSE);
  if (want > have)
    add_rows (self, want);
}

/* A line added or removed from the table itself: the table shows it, and
 * says so to the page (staff name their lines). */
static void
lines_changed (PpPostTable *self)
{
  show_lines (self);
  g_signal_emit (self, signals[LINES_CHANGED], 0);
}

void
pp_post_table_show (PpPostTable *self,
                    PpEditor    *editor,
                    PpUnit      *unit)
{
  g_return_if_fail (PP_IS_POST_TABLE (self));
  g_return_if_fail (PP_IS_EDITOR (editor));

  self->editor = editor;
  g_free (self->unit_id);
  self->unit_id = unit ? g_strdup (unit->id) : NULL;
  show_lines (self);
}

void
pp_post_table_refresh_holders (PpPostTable *self)
{
  g_return_if_fail (PP_IS_POST_TABLE (self));

  rebind_cells (self, shown_unit (self), GTK_WIDGET (self->view), TRUE);
}

void
pp_post_table_prepare (PpPostTable *self,
                       guint        n_rows)
{
  g_return_if_fail (PP_IS_POST_TABLE (self));

  if (n_rows > g_list_model_get_n_items (G_LIST_MODEL (self->rows)))
    add_rows (self, n_rows);
}

guint
pp_post_table_get_n_rows (PpPostTable *self)
{
  g_return_val_if_fail (PP_IS_POST_TABLE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->rows));
}

static void
pp_post_table_dispose (GObject *object)
{
  PpPostTable *self = (PpPostTable *) object;

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  self->view = NULL;   /* went with the scroller */
  g_clear_object (&self->rows);
  g_clear_pointer (&self->unit_id, g_free);
  self->editor = NULL;

  G_OBJECT_CLASS (pp_post_table_parent_class)->dispose (object);
}

static void
pp_post_table_class_init (PpPostTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_post_table_dispose;

  /* A line was added or removed from a row's button (not by the page). */
  signals[LINES_CHANGED] = g_signal_new ("lines-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pp_post_table_init (PpPostTable *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  /* The table may be wider than the page: it scrolls sideways on its
   * own. All lines are shown: GTK 4.8's column view reports too small a
   * natural height for a nested scroll to size it. */
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (self->scroller), TRUE);
  gtk_widget_add_css_class (self->scroller, "card");
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  self->rows = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  self->view = GTK_COLUMN_VIEW (gtk_column_view_new (GTK_SELECTION_MODEL (g_steal_pointer (&selection))));
  gtk_column_view_set_show_row_separators (self->view, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Post Lines"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->view));

  add_column (self, _("Title"), COLUMN_TITLE, TRUE);
  add_column (self, _("Category"), COLUMN_CATEGORY, FALSE);
  add_column (self, _("Level"), COLUMN_LEVEL, FALSE);
  add_column (self, _("Social Work"), COLUMN_SOCIAL_WORK, FALSE);
  /* TRANSLATORS: column of the special-post flag (特设岗位) */
  add_column (self, _("Special"), COLUMN_SPECIAL, FALSE);
  /* TRANSLATORS: column of the newly-created-post flag */
  add_column (self, _("New"), COLUMN_NEW, FALSE);
  add_column (self, _("Count"), COLUMN_COUNT, FALSE);
  add_column (self, _("Filled"), COLUMN_FILLED, FALSE);
  /* TRANSLATORS: column of posts reserved for graduates */
  add_column (self, _("For Graduates"), COLUMN_GRADUATE_RESERVED, FALSE);
  add_column (self, "", COLUMN_DUPLICATE, FALSE);
  add_column (self, "", COLUMN_REMOVE, FALSE);
}

GtkWidget *
pp_post_table_new (void)
{
  return g_object_new (PP_TYPE_POST_TABLE, NULL);
}
