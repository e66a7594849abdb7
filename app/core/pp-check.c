/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-check.c: runs the rules of the packs in force over a plan.
 *
 * One pass over each unit's post lines and staff gathers its facts; every
 * rule in scope then works from those. Results keep numbers only, and
 * words are made when a result is shown. Roll-ups (coverage of townships,
 * pilots per city, certified totals) keep each unit's contribution and the
 * sums over every subtree, so that an edit of one unit updates them by
 * walking up its ancestors instead of re-checking the plan. */

#define G_LOG_DOMAIN "pp-check"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-check-private.h"

typedef struct
{
  PpResult *results;
  guint     n_results;
  guint     offset;    /* into the arena, while a full run fills it */
  gboolean  owned;     /* allocated on its own rather than in the arena */
} UnitResults;

typedef struct
{
  gint64  *contrib_a;
  gint64  *contrib_n;
  gint64  *sub_a;       /* over the subtree, the unit itself included */
  gint64  *sub_n;
  guint8  *in_scope;
  gint64   total_a;
  gint64   total_n;
} Rollup;

struct _PpCheck
{
  GObject       parent_instance;

  PpPlan       *plan;
  PpPack       *packs[2];
  PpCheckContext ctx;

  PpCheckRule  *rules;
  guint         n_rules;
  GHashTable  **params;       /* per rule: the effective parameters */

  GArray       *notices;      /* PpNotice */

  UnitResults  *units;
  guint         n_units;      /* slots allocated in units and roll-ups */
  PpResult     *plan_results;
  guint         n_plan_results;
  gboolean      plan_results_counted;

  Rollup       *rollups;
  guint         n_rollups;

  guint         counts[PP_N_STATUSES];
  GArray       *scratch;      /* results of the unit being checked */
  GArray       *arena;        /* results of a full run, unit after unit */
  guint        *staff_per_line;
  guint         staff_per_line_size;
};

G_DEFINE_FINAL_TYPE (PpCheck, pp_check, G_TYPE_OBJECT)

G_DEFINE_QUARK (pp-check-error-quark, pp_check_error)

static const PpRuleKind * const kinds[] = {
  &pp_rule_kind_share,
  &pp_rule_kind_presence,
  &pp_rule_kind_quota,
  &pp_rule_kind_qualification,
  &pp_rule_kind_training,
  &pp_rule_kind_budget,
  &pp_rule_kind_coverage,
  &pp_rule_kind_lines,
  &pp_rule_kind_special_posts,
};

const PpRuleKind *
pp_rule_kind_lookup (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i]->name, name) == 0)
      return kinds[i];
  return NULL;
}

/* Facts ---------------------------------------------------------------- */

/* pp_category_get_level_range (), kept here so the hot loop inlines it. */
static const gint8 level_range[PP_N_CATEGORIES][2] = {
  { -1, -1 }, { 1, 10 }, { 1, 13 }, { 0, 5 },
};

static void
compute_facts (PpCheck *self,
               PpUnit  *unit,
               PpFacts *facts)
{
  /* The hot loop of a full check: one pass over the unit's lines, with
   * the sums in locals so that the compiler keeps them in registers. */
  gint64 posts = 0, social_work = 0, sw_professional = 0, sw_filled = 0;
  gint64 new_posts = 0, new_reserved = 0, special_posts = 0;
  gint64 overfilled_excess = 0;
  guint bad_level_lines = 0, overfilled_lines = 0, sw_lines = 0, special_lines = 0;

  memset (facts, 0, sizeof *facts);
  facts->lines = unit->n_posts;

  for (guint i = 0; i < unit->n_posts; i++)
    {
      const PpPost *post = &unit->posts[i];
      guint flags = post->flags;
      guint category = post->category;
      gint64 count = post->count;
      gint64 kept = MIN (post->filled, post->count);
      int level = post->level;

      /* Checks of each line on its own, special lines included. */
      if (category != PP_CATEGORY_NONE &&
          (level < level_range[category][0] || level > level_range[category][1]))
        bad_level_lines++;
      if (post->filled > post->count)
        {
          overfilled_lines++;
          overfilled_excess += post->filled - post->count;
        }
      if (flags & PP_POST_SOCIAL_WORK)
        {
          sw_lines++;
          if (category != PP_CATEGORY_PROFESSIONAL)
            facts->sw_lines_not_professional++;
          if (category == PP_CATEGORY_PROFESSIONAL && level >= 1 && level <= 13)
            facts->sw_lines_by_level[level]++;
        }

      if (flags & PP_POST_SPECIAL)
        {
          special_lines++;
          special_posts += count;
          continue;
        }

      posts += count;
      facts->by_category[category] += count;
      if (category == PP_CATEGORY_PROFESSIONAL)
        facts->professional_by_level[level >= 1 && level <= 13 ? level : 0] += count;

      if (flags & PP_POST_SOCIAL_WORK)
        {
          social_work += count;
          sw_filled += kept;
          if (category == PP_CATEGORY_PROFESSIONAL)
            sw_professional += count;
        }

      if (flags & PP_POST_NEW)
        {
          new_posts += count;
          new_reserved += post->graduate_reserved;
        }
    }

  facts->posts = posts;
  facts->social_work = social_work;
  facts->social_work_professional = sw_professional;
  facts->social_work_filled = sw_filled;
  facts->social_work_not_professional = social_work - sw_professional;
  facts->new_posts = new_posts;
  facts->new_reserved = new_reserved;
  facts->special_posts = special_posts;
  facts->bad_level_lines = bad_level_lines;
  facts->overfilled_lines = overfilled_lines;
  facts->overfilled_excess = overfilled_excess;
  facts->social_work_lines = sw_lines;
  facts->special_lines = special_lines;

  if (unit->n_staff == 0)
    return;

  if (self->staff_per_line_size < unit->n_posts)
    {
      self->staff_per_line_size = MAX (unit->n_posts, 2 * self->staff_per_line_size);
      self->staff_per_line = g_renew (guint, self->staff_per_line, self->staff_per_line_size);
    }
  memset (self->staff_per_line, 0, unit->n_posts * sizeof (guint));

  for (guint i = 0; i < unit->n_staff; i++)
    {
      const PpStaff *staff = &unit->staff[i];

      self->staff_per_line[staff->post]++;
      facts->staff_by_certificate[pp_staff_get_effective_certificate (unit, staff)]++;
      if (unit->posts[staff->post].flags & PP_POST_SOCIAL_WORK)
        facts->social_work_staff++;
      if (staff->directed_city != NULL)
        facts->directed_staff++;
    }

  for (guint i = 0; i < unit->n_posts; i++)
    if (self->staff_per_line[i] > unit->posts[i].filled)
      facts->overstaffed_lines++;
}

/* Scope ---------------------------------------------------------------- */

static gboolean
scope_matches (const PpScope *scope,
               PpUnit        *unit,
               const PpFacts *facts)
{
  if (scope->plan)
    return FALSE;
  if (scope->types != 0 && !(scope->types & (1u << unit->type)))
    return FALSE;
  if (scope->except_types & (1u << unit->type))
    return FALSE;
  if (scope->public_institution >= 0 &&
      scope->public_institution != ((unit->flags & PP_UNIT_PUBLIC_INSTITUTION) != 0))
    return FALSE;
  if (scope->county_seat >= 0 &&
      scope->county_seat != ((unit->flags & PP_UNIT_COUNTY_SEAT) != 0))
    return FALSE;
  if (scope->level != PP_REGION_NONE && unit->level != scope->level)
    return FALSE;

  switch (scope->has)
    {
    case PP_SCOPE_HAS_ANY:
      return TRUE;
    case PP_SCOPE_HAS_POSTS:
      return facts->lines > 0;
    case PP_SCOPE_HAS_SOCIAL_WORK:
      return facts->social_work_lines > 0;
    case PP_SCOPE_HAS_SPECIAL:
      return facts->special_lines > 0;
    case PP_SCOPE_HAS_DIRECTED_STAFF:
      return facts->directed_staff > 0;
    case PP_SCOPE_HAS_STAFF:
      return unit->n_staff > 0;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
rule_in_scope (const PpCheckRule *rule,
               PpUnit            *unit,
               const PpFacts     *facts)
{
  if (!(rule->unit_types & (1u << unit->type)))
    return FALSE;

  for (guint i = 0; i < rule->rule->n_scopes; i++)
    if (scope_matches (&rule->rule->scopes[i], unit, facts))
      return TRUE;
  return FALSE;
}

/* Results -------------------------------------------------------------- */

void
pp_result_set_shortfall (PpResult          *result,
                         const PpCheckRule *rule)
{
  result->status = MAX (result->status, rule->shortfall);
}

void
pp_result_set_na (PpResult *result,
                  guint8    reason)
{
  result->status = PP_STATUS_NA;
  result->detail = reason;
}

static void
init_result (PpResult          *result,
             const PpCheckRule *rule,
             PpUnit            *unit)
{
  *result = (PpResult) {
    .rule = rule,
    .unit = unit,
    .status = PP_STATUS_PASS,
    .add = -1,
    .convert = -1,
    .remove = -1,
  };
}

/* What a shortfall becomes on the plan date (rules.md §1). */
static PpStatus
shortfall_status (const PpRule *rule,
                  const GDate  *date,
                  gboolean      expired)
{
  PpStatus status;

  switch (rule->severity)
    {
    case PP_SEVERITY_MANDATORY:
      status = PP_STATUS_FAIL;
      break;
    case PP_SEVERITY_ADVISORY:
    case PP_SEVERITY_ALLOWANCE:
      status = PP_STATUS_WARN;
      break;
    case PP_SEVERITY_TARGET:
      status = (g_date_valid (&rule->due) && g_date_compare (date, &rule->due) < 0)
               ? PP_STATUS_WARN : PP_STATUS_FAIL;
      break;
    case PP_SEVERITY_INFORMATIONAL:
      status = PP_STATUS_PASS;
      break;
    default:
      g_assert_not_reached ();
    }

  if (expired && status == PP_STATUS_FAIL)
    status = PP_STATUS_WARN;
  return status;
}

static void
count_results (PpCheck        *self,
               const PpResult *results,
               guint           n,
               int             sign)
{
  for (guint i = 0; i < n; i++)
    self->counts[results[i].status] += sign;
}

/* Roll-ups ------------------------------------------------------------- */

static void
ensure_unit_slots (PpCheck *self)
{
  guint n = pp_plan_get_units (self->plan)->len;

  if (n <= self->n_units)
    return;

  self->units = g_renew (UnitResults, self->units, n);
  memset (self->units + self->n_units, 0, (n - self->n_units) * sizeof (UnitResults));

  for (guint k = 0; k < self->n_rollups; k++)
    {
      Rollup *r = &self->rollups[k];
      gsize extra = n - self->n_units;

#define GROW_ZERO(field, type)                                               \
      r->field = g_renew (type, r->field, n);                                \
      memset (r->field + self->n_units, 0, extra * sizeof (type));
      GROW_ZERO (contrib_a, gint64);
      GROW_ZERO (contrib_n, gint64);
      GROW_ZERO (sub_a, gint64);
      GROW_ZERO (sub_n, gint64);
      GROW_ZERO (in_scope, guint8);
#undef GROW_ZERO
    }

  self->n_units = n;
}

void
pp_check_get_descendant_sums (PpCheck           *self,
                              const PpCheckRule *rule,
                              PpUnit            *unit,
                              gint64            *a,
                              gint64            *n)
{
  Rollup *r = &self->rollups[rule->rollup];

  *a = r->sub_a[unit->index] - r->contrib_a[unit->index];
  *n = r->sub_n[unit->index] - r->contrib_n[unit->index];
}

/* Sets a unit's contribution; with propagate, carries the change up to
 * every ancestor's subtree sums and the plan totals. */
static void
set_contribution (PpCheck *self,
                  Rollup  *r,
                  PpUnit  *unit,
                  gint64   a,
                  gint64   n,
                  gboolean propagate)
{
  gint64 da = a - r->contrib_a[unit->index];
  gint64 dn = n - r->contrib_n[unit->index];

  r->contrib_a[unit->index] = a;
  r->contrib_n[unit->index] = n;
  r->total_a += da;
  r->total_n += dn;

  if (!propagate)
    {
      r->sub_a[unit->index] += da;
      r->sub_n[unit->index] += dn;
      return;
    }

  for (PpUnit *u = unit; u != NULL; u = u->parent)
    {
      r->sub_a[u->index] += da;
      r->sub_n[u->index] += dn;
    }
}

static void
check_plan_rules (PpCheck *self)
{
  guint n = 0;

  if (self->plan_results_counted)
    count_results (self, self->plan_results, self->n_plan_results, -1);
  for (guint i = 0; i < self->n_rules; i++)
    {
      const PpCheckRule *rule = &self->rules[i];
      Rollup *r;

      if (!rule->plan_level)
        continue;
      init_result (&self->plan_results[n], rule, NULL);
      if (rule->rollup >= 0)
        {
          r = &self->rollups[rule->rollup];
          rule->rule->kind->check_plan (rule, &self->ctx, r->total_a, r->total_n,
                                        &self->plan_results[n]);
        }
      else
        {
          pp_result_set_na (&self->plan_results[n], 0);
        }
      n++;
    }
  count_results (self, self->plan_results, n, +1);
  self->plan_results_counted = TRUE;
}

/* Checking a unit ------------------------------------------------------ */

static void
release_slot (UnitResults *slot)
{
  if (slot->owned)
    g_free (slot->results);
  slot->results = NULL;
  slot->n_results = 0;
  slot->owned = FALSE;
}

/* Gives a unit's results an allocation of their own, so that they can
 * change size without touching the arena. */
static void
own_slot (UnitResults *slot,
          guint        extra)
{
  PpResult *copy;

  if (slot->owned && extra == 0)
    return;
  copy = g_new (PpResult, slot->n_results + extra);
  if (slot->n_results > 0)
    memcpy (copy, slot->results, slot->n_results * sizeof (PpResult));
  if (slot->owned)
    g_free (slot->results);
  slot->results = copy;
  slot->owned = TRUE;
}

/* Replaces a unit's results with those in self->scratch. */
static void
store_results (PpCheck *self,
               PpUnit  *unit)
{
  UnitResults *slot = &self->units[unit->index];

  count_results (self, slot->results, slot->n_results, -1);
  release_slot (slot);
  slot->n_results = self->scratch->len;
  slot->owned = TRUE;
  slot->results = self->scratch->len
    ? g_memdup2 (self->scratch->data, self->scratch->len * sizeof (PpResult))
    : NULL;
  count_results (self, slot->results, slot->n_results, +1);
}

/* Appends the results of a unit's rules to out. Roll-up rules that read
 * sums over descendants are left out when with_rollups is FALSE (during a
 * full run the sums are not complete yet). */
static void
evaluate_unit (PpCheck       *self,
               PpUnit        *unit,
               const PpFacts *facts,
               gboolean       with_rollups,
               gboolean       propagate,
               GArray        *out)
{
  for (guint i = 0; i < self->n_rules; i++)
    {
      const PpCheckRule *rule = &self->rules[i];
      gboolean in_scope = rule_in_scope (rule, unit, facts);
      PpResult result;

      if (rule->rollup >= 0)
        {
          Rollup *r = &self->rollups[rule->rollup];
          gint64 a, n;

          rule->rule->kind->contribute (rule, &self->ctx, unit, facts, in_scope, &a, &n);
          set_contribution (self, r, unit, a, n, propagate);
          r->in_scope[unit->index] = in_scope;
          if (!with_rollups)
            continue;
        }

      if (!in_scope)
        continue;

      init_result (&result, rule, unit);
      rule->rule->kind->check_unit (rule, &self->ctx, unit, facts, &result);
      g_array_append_val (out, result);
    }
}

/* Re-evaluates one roll-up rule of a unit and replaces its result. */
static void
refresh_rollup_result (PpCheck           *self,
                       const PpCheckRule *rule,
                       PpUnit            *unit,
                       const PpFacts     *facts)
{
  UnitResults *slot = &self->units[unit->index];
  PpResult result;
  guint i;

  init_result (&result, rule, unit);
  rule->rule->kind->check_unit (rule, &self->ctx, unit, facts, &result);

  for (i = 0; i < slot->n_results; i++)
    if (slot->results[i].rule == rule)
      break;

  if (i == slot->n_results)
    {
      own_slot (slot, 1);
      slot->n_results++;
    }
  else
    {
      own_slot (slot, 0);
      self->counts[slot->results[i].status]--;
    }

  slot->results[i] = result;
  self->counts[result.status]++;
}

void
pp_check_run (PpCheck *self)
{
  GPtrArray *units;
  PpFacts facts;

  g_return_if_fail (PP_IS_CHECK (self));

  units = pp_plan_get_units (self->plan);
  ensure_unit_slots (self);

  /* An empty plan has no sums to clear (and memset of NULL is undefined,
   * even for 0 bytes). */
  for (guint k = 0; k < self->n_rollups && self->n_units > 0; k++)
    {
      Rollup *r = &self->rollups[k];
      memset (r->contrib_a, 0, self->n_units * sizeof (gint64));
      memset (r->contrib_n, 0, self->n_units * sizeof (gint64));
      memset (r->sub_a, 0, self->n_units * sizeof (gint64));
      memset (r->sub_n, 0, self->n_units * sizeof (gint64));
      r->total_a = r->total_n = 0;
    }

  /* Every unit's results go into one arena, not an allocation each. */
  for (guint u = 0; u < self->n_units; u++)
    release_slot (&self->units[u]);
  g_array_set_size (self->arena, 0);
  memset (self->counts, 0, sizeof self->counts);
  self->plan_results_counted = FALSE;

  for (guint u = 0; u < units->len; u++)
    {
      PpUnit *unit = g_ptr_array_index (units, u);
      UnitResults *slot = &self->units[u];

      slot->offset = self->arena->len;
      compute_facts (self, unit, &facts);
      evaluate_unit (self, unit, &facts, FALSE, FALSE, self->arena);
      slot->n_results = self->arena->len - slot->offset;
    }

  for (guint u = 0; u < units->len; u++)
    {
      UnitResults *slot = &self->units[u];
      slot->results = slot->n_results ? &g_array_index (self->arena, PpResult, slot->offset) : NULL;
    }
  count_results (self, (const PpResult *) self->arena->data, self->arena->len, +1);

  if (self->n_rollups > 0)
    {
      /* Children come after their parent, so a backward sweep completes
       * every subtree before its parent reads it. */
      for (guint u = units->len; u-- > 0;)
        {
          PpUnit *unit = g_ptr_array_index (units, u);

          if (unit->parent == NULL)
            continue;
          for (guint k = 0; k < self->n_rollups; k++)
            {
              self->rollups[k].sub_a[unit->parent->index] += self->rollups[k].sub_a[u];
              self->rollups[k].sub_n[unit->parent->index] += self->rollups[k].sub_n[u];
            }
        }

      for (guint i = 0; i < self->n_rules; i++)
        {
          const PpCheckRule *rule = &self->rules[i];
          Rollup *r;

          if (rule->rollup < 0)
            continue;
          r = &self->rollups[rule->rollup];
          for (guint u = 0; u < units->len; u++)
            {
              PpUnit *unit;

              if (!r->in_scope[u])
                continue;
              unit = g_ptr_array_index (units, u);
              compute_facts (self, unit, &facts);
              refresh_rollup_result (self, rule, unit, &facts);
            }
        }
    }

  check_plan_rules (self);
}

static void
recheck_one (PpCheck *self,
             PpUnit  *unit)
{
  PpFacts facts;

  compute_facts (self, unit, &facts);
  g_array_set_size (self->scratch, 0);
  evaluate_unit (self, unit, &facts, TRUE, TRUE, self->scratch);
  store_results (self, unit);
}

void
pp_check_update_unit (PpCheck *self,
                      PpUnit  *unit)
{
  PpFacts facts;

  g_return_if_fail (PP_IS_CHECK (self));
  g_return_if_fail (unit != NULL);

  ensure_unit_slots (self);

  if (unit->n_children == 0)
    {
      recheck_one (self, unit);
    }
  else
    {
      /* Descendants read their ancestors (the city a directed certificate
       * is valid in, whether their parent is a province), so an edit of a
       * unit with children re-checks its subtree, children before parents
       * so that every roll-up reads finished sums. */
      g_autoptr(GPtrArray) subtree = g_ptr_array_new ();

      g_ptr_array_add (subtree, unit);
      for (guint i = 0; i < subtree->len; i++)
        {
          PpUnit *u = g_ptr_array_index (subtree, i);
          for (guint c = 0; c < u->n_children; c++)
            g_ptr_array_add (subtree, u->children[c]);
        }
      for (guint i = subtree->len; i-- > 0;)
        recheck_one (self, g_ptr_array_index (subtree, i));
    }

  if (self->n_rollups == 0)
    return;

  /* Ancestors whose roll-up results read sums this unit feeds. */
  for (PpUnit *ancestor = unit->parent; ancestor != NULL; ancestor = ancestor->parent)
    {
      gboolean have_facts = FALSE;

      for (guint i = 0; i < self->n_rules; i++)
        {
          const PpCheckRule *rule = &self->rules[i];

          if (rule->rollup < 0 || !self->rollups[rule->rollup].in_scope[ancestor->index])
            continue;
          if (!have_facts)
            {
              compute_facts (self, ancestor, &facts);
              have_facts = TRUE;
            }
          refresh_rollup_result (self, rule, ancestor, &facts);
        }
    }

  check_plan_rules (self);
}

/* Construction --------------------------------------------------------- */

static void
pp_check_finalize (GObject *object)
{
  PpCheck *self = (PpCheck *) object;

  for (guint i = 0; i < self->n_units; i++)
    release_slot (&self->units[i]);
  g_free (self->units);
  g_clear_pointer (&self->arena, g_array_unref);
  g_free (self->plan_results);

  for (guint k = 0; k < self->n_rollups; k++)
    {
      g_free (self->rollups[k].contrib_a);
      g_free (self->rollups[k].contrib_n);
      g_free (self->rollups[k].sub_a);
      g_free (self->rollups[k].sub_n);
      g_free (self->rollups[k].in_scope);
    }
  g_free (self->rollups);

  for (guint i = 0; i < self->n_rules; i++)
    {
      if (self->rules[i].config)
        self->rules[i].rule->kind->free_config (self->rules[i].config);
      g_clear_pointer (&self->params[i], g_hash_table_unref);
    }
  g_free (self->rules);
  g_free (self->params);

  g_clear_pointer (&self->notices, g_array_unref);
  g_clear_pointer (&self->scratch, g_array_unref);
  g_free (self->staff_per_line);
  g_clear_pointer (&self->packs[0], pp_pack_unref);
  g_clear_pointer (&self->packs[1], pp_pack_unref);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (pp_check_parent_class)->finalize (object);
}

static void
pp_check_class_init (PpCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pp_check_finalize;
}

static void
pp_check_init (PpCheck *self)
{
  self->notices = g_array_new (FALSE, TRUE, sizeof (PpNotice));
  self->scratch = g_array_new (FALSE, FALSE, sizeof (PpResult));
  self->arena = g_array_new (FALSE, FALSE, sizeof (PpResult));
}

static GHashTable *
effective_params (const PpRule *rule)
{
  GHashTable *values = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < rule->params->len; i++)
    {
      PpParam *param = g_ptr_array_index (rule->params, i);
      g_hash_table_insert (values, param->name, param->value);
    }
  return values;
}

static PpCheckRule *
find_check_rule (PpCheck    *self,
                 const char *id)
{
  for (guint i = 0; i < self->n_rules; i++)
    if (strcmp (self->rules[i].rule->id, id) == 0)
      return &self->rules[i];
  return NULL;
}

static gboolean
kind_accepts (const PpRuleKind *kind,
              const char       *param)
{
  for (guint i = 0; kind->params[i] != NULL; i++)
    if (strcmp (kind->params[i], param) == 0)
      return TRUE;
  return FALSE;
}

static void
add_notice (PpCheck      *self,
            PpNoticeKind  kind,
            const char   *pack,
            const char   *rule,
            const char   *param,
            const char   *value,
            const GDate  *date)
{
  PpNotice notice = { kind, pack, rule, param, value };

  if (date != NULL)
    notice.date = *date;
  else
    g_date_clear (&notice.date, 1);
  g_array_append_val (self->notices, notice);
}

/* "plan.xml:12:3: " when the override came from a file. */
static char *
override_location (PpCheck    *self,
                   PpOverride *override)
{
  const char *filename = pp_plan_get_filename (self->plan);

  if (filename == NULL || override->line <= 0)
    return g_strdup ("");
  return g_strdup_printf ("%s:%d:%d: ", filename, override->line, override->column);
}

static gboolean
apply_overrides (PpCheck  *self,
                 GError  **error)
{
  GPtrArray *overrides = pp_plan_get_overrides (self->plan);

  for (guint i = 0; i < overrides->len; i++)
    {
      PpOverride *override = g_ptr_array_index (overrides, i);
      PpCheckRule *rule = find_check_rule (self, override->rule);

      if (rule == NULL)
        {
          g_autofree char *where = override_location (self, override);
          g_set_error (error, PP_CHECK_ERROR, PP_CHECK_ERROR_BAD_OVERRIDE,
                       _("%sThe plan overrides rule “%s”, which is not in the policy packs in force: "
                         "correct the rule id or remove the override"),
                       where, override->rule);
          return FALSE;
        }

      if (!kind_accepts (rule->rule->kind, override->param))
        {
          g_autofree char *where = override_location (self, override);
          g_set_error (error, PP_CHECK_ERROR, PP_CHECK_ERROR_BAD_OVERRIDE,
                       _("%sThe plan overrides parameter “%s” of rule “%s”, which has no such parameter: "
                         "correct the parameter name or remove the override"),
                       where, override->param, override->rule);
          return FALSE;
        }

      g_hash_table_insert (self->params[rule->index], override->param, override->value);
      add_notice (self, PP_NOTICE_OVERRIDE, rule->rule->pack->id, rule->rule->id,
                  override->param, override->value, NULL);
    }
  return TRUE;
}

PpCheck *
pp_check_new (PpPlan       *plan,
              PpPack       *regional,
              PpPack       *national,
              const GDate  *date,
              GError      **error)
{
  g_autoptr(PpCheck) self = NULL;
  guint n = 0;

  g_return_val_if_fail (PP_IS_PLAN (plan), NULL);

  self = g_object_new (PP_TYPE_CHECK, NULL);
  self->plan = g_object_ref (plan);
  self->packs[0] = regional ? pp_pack_ref (regional) : NULL;
  self->packs[1] = national ? pp_pack_ref (national) : NULL;

  if (date != NULL && g_date_valid (date))
    self->ctx.date = *date;
  else if (g_date_valid (pp_plan_get_date (plan)))
    self->ctx.date = *pp_plan_get_date (plan);
  else
    g_date_set_time_t (&self->ctx.date, time (NULL));
  self->ctx.year = g_date_get_year (&self->ctx.date);
  self->ctx.check = self;

  for (guint p = 0; p < 2; p++)
    if (self->packs[p])
      n += self->packs[p]->rules->len;

  self->rules = g_new0 (PpCheckRule, n);
  self->params = g_new0 (GHashTable *, n);

  for (guint p = 0; p < 2; p++)
    {
      PpPack *pack = self->packs[p];
      gboolean expired;

      if (pack == NULL)
        continue;

      expired = pp_pack_is_expired (pack, &self->ctx.date);
      if (expired)
        add_notice (self, PP_NOTICE_POLICY_EXPIRED, pack->id, NULL, NULL, NULL,
                    &pack->in_force_until);

      for (guint i = 0; i < pack->rules->len; i++)
        {
          PpRule *rule = g_ptr_array_index (pack->rules, i);
          PpCheckRule *crule = &self->rules[self->n_rules];

          crule->rule = rule;
          crule->index = self->n_rules;
          crule->expired = expired;
          crule->shortfall = shortfall_status (rule, &self->ctx.date, expired);
          crule->rollup = -1;
          for (guint s = 0; s < rule->n_scopes; s++)
            {
              const PpScope *scope = &rule->scopes[s];

              crule->plan_level |= scope->plan;
              if (!scope->plan)
                crule->unit_types |= (scope->types ? scope->types : ~0u) & ~scope->except_types;
            }
          self->params[self->n_rules] = effective_params (rule);
          self->n_rules++;
        }
    }

  if (!apply_overrides (self, error))
    return NULL;

  for (guint i = 0; i < self->n_rules; i++)
    {
      PpCheckRule *crule = &self->rules[i];
      PpParams params = { self->params[i], crule->rule };
      g_autoptr(GError) local_error = NULL;

      crule->config = crule->rule->kind->parse (&params, &local_error);
      if (crule->config == NULL)
        {
          g_set_error (error, PP_CHECK_ERROR, PP_CHECK_ERROR_BAD_OVERRIDE,
                       _("Rule “%s”: %s. Correct the plan’s override of it."),
                       crule->rule->id, local_error->message);
          return NULL;
        }

      if (crule->rule->kind->contribute != NULL)
        crule->rollup = self->n_rollups++;
      if (crule->plan_level)
        self->n_plan_results++;

      for (guint p = 0; p < crule->rule->params->len; p++)
        {
          PpParam *param = g_ptr_array_index (crule->rule->params, p);
          if (param->reading)
            add_notice (self, PP_NOTICE_READING, crule->rule->pack->id, crule->rule->id,
                        param->name, g_hash_table_lookup (self->params[i], param->name), NULL);
        }
    }

  self->rollups = g_new0 (Rollup, self->n_rollups);
  self->plan_results = g_new0 (PpResult, MAX (self->n_plan_results, 1));

  return g_steal_pointer (&self);
}

PpCheck *
pp_check_new_for_plan (PpPlan       *plan,
                       const char   *policy_id,
                       const GDate  *date,
                       GError      **error)
{
  g_autoptr(PpPack) regional = NULL;
  g_autoptr(PpPack) national = NULL;
  g_autofree char *directory = pp_pack_get_directory ();
  const char *id = policy_id ? policy_id : pp_plan_get_policy (plan);

  if (id == NULL || id[0] == '\0')
    id = "national";

  if (!(regional = pp_pack_load_by_id (directory, id, error)))
    return NULL;

  if (strcmp (id, "national") != 0 &&
      !(national = pp_pack_load_by_id (directory, "national", error)))
    return NULL;

  return pp_check_new (plan, regional, national, date, error);
}

/* Accessors ------------------------------------------------------------ */

PpPlan *
pp_check_get_plan (PpCheck *self)
{
  g_return_val_if_fail (PP_IS_CHECK (self), NULL);
  return self->plan;
}

const GDate *
pp_check_get_date (PpCheck *self)
{
  g_return_val_if_fail (PP_IS_CHECK (self), NULL);
  return &self->ctx.date;
}

PpPack *
pp_check_get_pack (PpCheck *self)
{
  g_return_val_if_fail (PP_IS_CHECK (self), NULL);
  return self->packs[0];
}

guint
pp_check_get_count (PpCheck  *self,
                    PpStatus  status)
{
  g_return_val_if_fail (PP_IS_CHECK (self), 0);
  g_return_val_if_fail (status < PP_N_STATUSES, 0);
  return self->counts[status];
}

const PpResult *
pp_check_get_unit_results (PpCheck *self,
                           PpUnit  *unit,
                           guint   *n_results)
{
  g_return_val_if_fail (PP_IS_CHECK (self), NULL);

  if (unit->index >= self->n_units)
    {
      *n_results = 0;
      return NULL;
    }
  *n_results = self->units[unit->index].n_results;
  return self->units[unit->index].results;
}

const PpResult *
pp_check_get_plan_results (PpCheck *self,
                           guint   *n_results)
{
  g_return_val_if_fail (PP_IS_CHECK (self), NULL);
  *n_results = self->n_plan_results;
  return self->plan_results;
}

PpStatus
pp_check_get_unit_status (PpCheck *self,
                          PpUnit  *unit)
{
  const PpResult *results;
  guint n;
  PpStatus worst = PP_STATUS_PASS;

  results = pp_check_get_unit_results (self, unit, &n);
  for (guint i = 0; i < n; i++)
    worst = MAX (worst, results[i].status);
  return worst;
}

const PpNotice *
pp_check_get_notices (PpCheck *self,
                      guint   *n_notices)
{
  g_return_val_if_fail (PP_IS_CHECK (self), NULL);
  *n_notices = self->notices->len;
  return (const PpNotice *) self->notices->data;
}

const PpRule *
pp_result_get_rule (const PpResult *result)
{
  return result->rule->rule;
}
