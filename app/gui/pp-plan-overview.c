/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-plan-overview.c: the plan overview. Shares of one rule (and band or
 * cap) are summed over the units it judges, so that one bar says how far
 * the plan as a whole is from the threshold, and the text says how many
 * units fall short. */

#define G_LOG_DOMAIN "pp-plan-overview"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "pp-cell-tip.h"
#include "pp-gui-util.h"
#include "pp-plan-overview.h"
#include "pp-share-bar.h"
#include "pp-totals.h"

struct _PpPlanOverview
{
  GtkWidget  parent_instance;

  GtkWidget *box;
};

G_DEFINE_FINAL_TYPE (PpPlanOverview, pp_plan_overview, GTK_TYPE_WIDGET)

/* One rule's share (one band or cap of it) over the plan. */
typedef struct
{
  const PpResult *first;     /* for the rule, its title and clause */
  PpBound         bound;
  PpFraction      threshold;
  gint64          a;
  gint64          n;
  guint           units;
  guint           short_units;
  PpStatus        worst;
} Share;

static GtkWidget *
group_box (const char *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (title);
  GtkWidget *list = gtk_list_box_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), list);
  return box;
}

static GtkListBox *
group_list (GtkWidget *group)
{
  return GTK_LIST_BOX (gtk_widget_get_last_child (group));
}

/* A row: what is counted, the bar, and its figure below; stacked, so the
 * row reads as well in a narrow pane as in a wide one. */
static void
add_bar_row (GtkWidget        *group,
             const char       *title,
             const char       *figure,
             gint64            a,
             gint64            n,
             PpStatus          status,
             const PpFraction *threshold)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *name = gtk_label_new (title);
  GtkWidget *value = gtk_label_new (figure);
  g_autofree char *description = g_strdup_printf ("%s: %s", title, figure);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (name), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (value), 0);
  gtk_label_set_wrap (GTK_LABEL (value), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (value), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (value, "numeric");
  gtk_widget_add_css_class (value, "dim-label");
  gtk_widget_add_css_class (value, "caption");
  gtk_box_append (GTK_BOX (row), name);
  gtk_box_append (GTK_BOX (row), pp_share_bar_new (a, n, status, threshold, description));
  gtk_box_append (GTK_BOX (row), value);
  gtk_widget_set_margin_top (row, 8);
  gtk_widget_set_margin_bottom (row, 8);
  gtk_widget_set_margin_start (row, 12);
  gtk_widget_set_margin_end (row, 12);
  gtk_list_box_append (group_list (group), row);
}

static char *
count_and_share (gint64 count,
                 gint64 total)
{
  g_autofree char *percent = total > 0 ? pp_share_format_percent (count, total) : g_strdup ("—");

  /* TRANSLATORS: a number of posts and its share, e.g. "18 · 60.0%" */
  return g_strdup_printf (_("%lld · %s"), (long long) count, percent);
}

static GtkWidget *
category_group (const PpTotals *totals)
{
  static const struct { PpCategory category; const char *label; } rows[] = {
    { PP_CATEGORY_MANAGEMENT, N_("Management") },
    { PP_CATEGORY_PROFESSIONAL, N_("Professional-technical") },
    { PP_CATEGORY_SKILLED, N_("Skilled worker") },
    { PP_CATEGORY_NONE, N_("No category given") },
  };
  GtkWidget *group = group_box (_("Posts by Category"));
  g_autofree char *special = NULL;
  g_autofree char *social_work = count_and_share (totals->social_work, totals->posts);
  GtkWidget *note;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *figure = count_and_share (totals->by_category[rows[i].category], totals->posts);

      if (rows[i].category == PP_CATEGORY_NONE && totals->by_category[PP_CATEGORY_NONE] == 0)
        continue;
      add_bar_row (group, _(rows[i].label), figure, totals->by_category[rows[i].category], totals->posts,
                   PP_N_STATUSES, NULL);
    }
  add_bar_row (group, _("Social-work posts"), social_work, totals->social_work, totals->posts, PP_N_STATUSES,
               NULL);

  /* TRANSLATORS: totals under the category bars */
  special = g_strdup_printf (ngettext ("%lld posts in %lld units, %lld filled; %lld special post counted apart",
                                       "%lld posts in %lld units, %lld filled; %lld special posts counted apart",
                                       (gulong) totals->special),
                             (long long) totals->posts, (long long) totals->units, (long long) totals->filled,
                             (long long) totals->special);
  note = gtk_label_new (special);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_widget_add_css_class (note, "dim-label");
  gtk_box_append (GTK_BOX (group), note);
  return group;
}

static GtkWidget *
band_group (const PpTotals *totals)
{
  GtkWidget *group = group_box (_("Professional-Technical Posts by Band"));
  gint64 professional = totals->by_category[PP_CATEGORY_PROFESSIONAL];

  for (PpBand band = 0; band < PP_N_BANDS; band++)
    {
      g_autofree char *figure = count_and_share (totals->by_band[band], professional);

      if (band == PP_BAND_NO_LEVEL && totals->by_band[band] == 0)
        continue;
      add_bar_row (group, pp_band_get_label (band), figure, totals->by_band[band], professional, PP_N_STATUSES,
                   NULL);
    }
  return group;
}

static void
add_share (GArray         *shares,
           const PpResult *result)
{
  PpBound bound;
  PpFraction threshold;
  Share *share = NULL;

  if (!pp_result_get_share (result, &bound, &threshold))
    return;
  for (guint i = 0; i < shares->len && share == NULL; i++)
    {
      Share *s = &g_array_index (shares, Share, i);
      if (s->first->rule == result->rule && s->first->group == result->group && s->first->detail == result->detail)
        share = s;
    }
  if (share == NULL)
    {
      Share fresh = { .first = result, .bound = bound, .threshold = threshold, .worst = PP_STATUS_PASS };
      g_array_append_val (shares, fresh);
      share = &g_array_index (shares, Share, shares->len - 1);
    }
  share->a += result->a;
  share->n += result->n;
  share->units++;
  if (result->status == PP_STATUS_FAIL || result->status == PP_STATUS_WARN)
    share->short_units++;
  share->worst = MAX (share->worst, (PpStatus) result->status);
}

static guint
rule_rows (GArray       *shares,
           const PpRule *rule)
{
  guint n = 0;

  for (guint i = 0; i < shares->len; i++)
    n += pp_result_get_rule (g_array_index (shares, Share, i).first) == rule;
  return n;
}

static GtkWidget *
share_group (GArray *shares)
{
  GtkWidget *group = group_box (_("Shares Against Their Thresholds"));

  for (guint i = 0; i < shares->len; i++)
    {
      const Share *share = &g_array_index (shares, Share, i);
      const PpRule *rule = pp_result_get_rule (share->first);
      g_autofree char *title = g_strdup_printf (_("%s · %s"), pp_rule_get_title (rule), rule->clause);
      g_autofree char *details = NULL;
      g_autofree char *percent = pp_share_format_percent (share->a, share->n);
      g_autofree char *required = pp_words_bound (share->bound, share->threshold);
      g_autofree char *figure = NULL;

      if (share->first->unit == NULL)
        /* TRANSLATORS: a share over the whole plan and what it must be, e.g. "50.0%; at least 100%" */
        figure = g_strdup_printf (_("%s; %s"), percent, required);
      else
        /* TRANSLATORS: a share summed over units, what each must reach, and how many do not */
        figure = g_strdup_printf (ngettext ("%s over %u unit; each %s; %u short",
                                            "%s over %u units; each %s; %u short", share->units),
                                  percent, share->units, required, share->short_units);
      /* A rule with several caps has a row per cap: the levels each one
       * counts tell them apart. */
      if (rule_rows (shares, rule) > 1 && (details = pp_result_format_details (share->first)) != NULL)
        {
          g_autofree char *named = g_strdup_printf ("%s\n%s", title, details);
          g_free (title);
          title = g_steal_pointer (&named);
        }
      add_bar_row (group, title, figure, share->a, share->n, share->worst, &share->threshold);
    }
  return group;
}

static GtkWidget *
problem_group (GPtrArray *problems)
{
  GtkWidget *group = group_box (_("Problems"));
  guint shown = MIN (problems->len, PP_PLAN_OVERVIEW_MAX_PROBLEMS);

  g_ptr_array_sort (problems, pp_result_compare_worst_first);
  for (guint i = 0; i < shown; i++)
    {
      const PpResult *result = problems->pdata[i];
      const PpRule *rule = pp_result_get_rule (result);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *status = gtk_label_new (pp_status_get_label (result->status));
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), pp_rule_get_title (rule), rule->clause);

      gtk_widget_add_css_class (status, pp_status_css_class (result->status));
      gtk_widget_add_css_class (status, "heading");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), status);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     result->unit ? result->unit->name : _("Whole plan"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      /* One line each, the rest in a tooltip: measuring thirty wrapped
       * rows was a quarter of the time a big plan took to show. */
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
      pp_cell_tip_set (row, subtitle);
      if (result->unit != NULL)
        {
          /* A jump to the unit, by keyboard or pointer. */
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
          gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "plan.select-unit");
          gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", result->unit->id);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
        }
      gtk_list_box_append (group_list (group), row);
    }

  if (problems->len == 0)
    {
      gtk_list_box_append (group_list (group), pp_empty_row_new (_("Every rule that applies is met.")));
    }
  else if (problems->len > shown)
    {
      /* TRANSLATORS: under a cut list of problems */
      g_autofree char *more = g_strdup_printf (ngettext ("%u more; the unit tree marks every unit with a problem.",
                                                         "%u more; the unit tree marks every unit with a problem.",
                                                         problems->len - shown),
                                               problems->len - shown);
      GtkWidget *note = gtk_label_new (more);
      gtk_label_set_xalign (GTK_LABEL (note), 0);
      gtk_widget_add_css_class (note, "dim-label");
      gtk_box_append (GTK_BOX (group), note);
    }
  return group;
}

/* Sums the shares among results, and keeps those that fail or warn. */
static void
collect (const PpResult *results,
         guint           n,
         GArray         *shares,
         GPtrArray      *problems)
{
  for (guint i = 0; i < n; i++)
    {
      add_share (shares, &results[i]);
      if (results[i].status == PP_STATUS_FAIL || results[i].status == PP_STATUS_WARN)
        g_ptr_array_add (problems, (gpointer) &results[i]);
    }
}

void
pp_plan_overview_show (PpPlanOverview *self,
                       PpCheck        *check)
{
  PpPlan *plan;
  GPtrArray *units;
  GtkWidget *child;
  PpTotals totals;
  g_autoptr(GArray) shares = g_array_new (FALSE, FALSE, sizeof (Share));
  g_autoptr(GPtrArray) problems = g_ptr_array_new ();
  const PpResult *results;
  guint n;

  g_return_if_fail (PP_IS_PLAN_OVERVIEW (self));
  g_return_if_fail (PP_IS_CHECK (check));

  plan = pp_check_get_plan (check);
  units = pp_plan_get_units (plan);
  while ((child = gtk_widget_get_first_child (self->box)))
    gtk_box_remove (GTK_BOX (self->box), child);

  pp_totals_of_plan (&totals, plan);

  results = pp_check_get_plan_results (check, &n);
  collect (results, n, shares, problems);
  for (guint u = 0; u < units->len; u++)
    {
      results = pp_check_get_unit_results (check, g_ptr_array_index (units, u), &n);
      collect (results, n, shares, problems);
    }

  gtk_box_append (GTK_BOX (self->box), problem_group (problems));
  gtk_box_append (GTK_BOX (self->box), category_group (&totals));
  if (totals.by_category[PP_CATEGORY_PROFESSIONAL] > 0)
    gtk_box_append (GTK_BOX (self->box), band_group (&totals));
  if (shares->len > 0)
    gtk_box_append (GTK_BOX (self->box), share_group (shares));
}

static void
pp_plan_overview_dispose (GObject *object)
{
  PpPlanOverview *self = PP_PLAN_OVERVIEW (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (pp_plan_overview_parent_class)->dispose (object);
}

static void
pp_plan_overview_class_init (PpPlanOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = pp_plan_overview_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
pp_plan_overview_init (PpPlanOverview *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
}

GtkWidget *
pp_plan_overview_new (void)
{
  return g_object_new (PP_TYPE_PLAN_OVERVIEW, NULL);
}
