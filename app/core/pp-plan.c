/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "pp-plan"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-plan.h"

struct _PpPlan
{
  GObject       parent_instance;

  char         *title;
  char         *policy;
  GDate         date;
  char         *filename;
  GPtrArray    *overrides;

  /* Every string of units, posts and staff; titles are interned since a
   * large plan repeats a few dozen of them a million times. */
  GStringChunk *strings;
  GHashTable   *ids;        /* every id in the plan: they share one namespace */
  GHashTable   *unit_ids;   /* id → PpUnit* */

  /* Post id → index + 1 for the unit staff were last added to, so that a
   * unit with thousands of posts and staff resolves references in O(1). */
  PpUnit       *post_index_unit;
  guint         post_index_size;
  GHashTable   *post_index;
  GPtrArray    *units;      /* every unit, document order */
  GPtrArray    *roots;
  guint64       n_posts;
};

G_DEFINE_FINAL_TYPE (PpPlan, pp_plan, G_TYPE_OBJECT)

G_DEFINE_QUARK (pp-plan-error-quark, pp_plan_error)

static void
pp_override_free (PpOverride *override)
{
  g_free (override->rule);
  g_free (override->param);
  g_free (override->value);
  g_free (override);
}

static void
pp_unit_free (PpUnit *unit)
{
  for (guint i = 0; i < unit->n_staff; i++)
    g_free (unit->staff[i].training);
  g_free (unit->staff);
  g_free (unit->posts);
  g_free (unit->project);
  g_free (unit->children);
  g_free (unit);
}

static void
pp_plan_finalize (GObject *object)
{
  PpPlan *self = (PpPlan *) object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->policy, g_free);
  g_clear_pointer (&self->filename, g_free);
  g_clear_pointer (&self->overrides, g_ptr_array_unref);
  g_clear_pointer (&self->ids, g_hash_table_unref);
  g_clear_pointer (&self->unit_ids, g_hash_table_unref);
  g_clear_pointer (&self->post_index, g_hash_table_unref);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_pointer (&self->roots, g_ptr_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);

  G_OBJECT_CLASS (pp_plan_parent_class)->finalize (object);
}

static void
pp_plan_class_init (PpPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = pp_plan_finalize;
}

static void
pp_plan_init (PpPlan *self)
{
  self->title = g_strdup ("");
  self->policy = g_strdup ("");
  g_date_clear (&self->date, 1);
  self->overrides = g_ptr_array_new_with_free_func ((GDestroyNotify) pp_override_free);
  self->strings = g_string_chunk_new (64 * 1024);
  self->ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->unit_ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->units = g_ptr_array_new_with_free_func ((GDestroyNotify) pp_unit_free);
  self->roots = g_ptr_array_new ();
}

PpPlan *
pp_plan_new (void)
{
  return g_object_new (PP_TYPE_PLAN, NULL);
}

const char *
pp_plan_get_title (PpPlan *self)
{
  g_return_val_if_fail (PP_IS_PLAN (self), NULL);
  return self->title;
}

void
pp_plan_set_title (PpPlan     *self,
                   const char *title)
{
  g_return_if_fail (PP_IS_PLAN (self));
  g_free (self->title);
  self->title = g_strdup (title ? title : "");
}

const char *
pp_plan_get_policy (PpPlan *self)
{
  g_return_val_if_fail (PP_IS_PLAN (self), NULL);
  return self->policy;
}

void
pp_plan_set_policy (PpPlan     *self,
                    const char *policy)
{
  g_return_if_fail (PP_IS_PLAN (self));
  g_free (self->policy);
  self->policy = g_strdup (policy ? policy : "");
}

const GDate *
pp_plan_get_date (PpPlan *self)
{
  g_return_val_if_fail (PP_IS_PLAN (self), NULL);
  return &self->date;
}

void
pp_plan_set_date (PpPlan      *self,
                  const GDate *date)
{
  g_return_if_fail (PP_IS_PLAN (self));

  if (date != NULL && g_date_valid (date))
    self->date = *date;
  else
    g_date_clear (&self->date, 1);
}

GPtrArray *
pp_plan_get_overrides (PpPlan *self)
{
  g_return_val_if_fail (PP_IS_PLAN (self), NULL);
  return self->overrides;
}

const char *
pp_plan_get_filename (PpPlan *self)
{
  g_return_val_if_fail (PP_IS_PLAN (self), NULL);
  return self->filename;
}

void
pp_plan_set_filename (PpPlan     *self,
                      const char *filename)
{
  g_return_if_fail (PP_IS_PLAN (self));
  g_free (self->filename);
  self->filename = g_strdup (filename);
}

PpOverride *
pp_plan_add_override (PpPlan     *self,
                      const char *rule,
                      const char *param,
                      const char *value)
{
  PpOverride *override;

  g_return_val_if_fail (PP_IS_PLAN (self), NULL);

  override = g_new0 (PpOverride, 1);
  override->rule = g_strdup (rule);
  override->param = g_strdup (param);
  override->value = g_strdup (value);
  g_ptr_array_add (self->overrides, override);
  return override;
}

GPtrArray *
pp_plan_get_units (PpPlan *self)
{
  g_return_val_if_fail (PP_IS_PLAN (self), NULL);
  return self->units;
}

guint
pp_plan_get_n_roots (PpPlan *self)
{
  g_return_val_if_fail (PP_IS_PLAN (self), 0);
  return self->roots->len;
}

PpUnit *
pp_plan_get_root (PpPlan *self,
                  guint   i)
{
  g_return_val_if_fail (PP_IS_PLAN (self), NULL);
  g_return_val_if_fail (i < self->roots->len, NULL);
  return g_ptr_array_index (self->roots, i);
}

PpUnit *
pp_plan_find_unit (PpPlan     *self,
                   const char *id)
{
  g_return_val_if_fail (PP_IS_PLAN (self), NULL);
  return g_hash_table_lookup (self->unit_ids, id);
}

gboolean
pp_plan_has_id (PpPlan     *self,
                const char *id)
{
  g_return_val_if_fail (PP_IS_PLAN (self), FALSE);
  return g_hash_table_contains (self->ids, id);
}

char *
pp_plan_make_id (PpPlan     *self,
                 const char *prefix)
{
  g_return_val_if_fail (PP_IS_PLAN (self), NULL);

  for (guint n = 1;; n++)
    {
      char *id = g_strdup_printf ("%s-%u", prefix, n);
      if (!g_hash_table_contains (self->ids, id))
        return id;
      g_free (id);
    }
}

guint64
pp_plan_get_n_posts (PpPlan *self)
{
  g_return_val_if_fail (PP_IS_PLAN (self), 0);
  return self->n_posts;
}

/* Claims an id for the plan and returns the plan's own copy of it. */
static const char *
claim_id (PpPlan      *self,
          const char  *id,
          GError     **error)
{
  char *copy;

  if (id == NULL || id[0] == '\0')
    {
      g_set_error (error, PP_PLAN_ERROR, PP_PLAN_ERROR_INVALID_VALUE,
                   _("An id is empty: every unit, post and staff record needs an id"));
      return NULL;
    }

  if (g_hash_table_contains (self->ids, id))
    {
      g_set_error (error, PP_PLAN_ERROR, PP_PLAN_ERROR_DUPLICATE_ID,
                   _("The id “%s” is used twice: give each unit, post and staff record its own id"),
                   id);
      return NULL;
    }

  copy = g_string_chunk_insert (self->strings, id);
  g_hash_table_add (self->ids, copy);
  return copy;
}

#define GROW(array, n, allocated)                                       \
  G_STMT_START {                                                        \
    if ((n) == (allocated))                                             \
      {                                                                 \
        (allocated) = (allocated) ? (allocated) * 2 : 4;                \
        (array) = g_renew (__typeof__ (*(array)), (array), (allocated)); \
      }                                                                 \
  } G_STMT_END

PpUnit *
pp_plan_add_unit (PpPlan      *self,
                  PpUnit      *parent,
                  const char  *id,
                  PpUnitType   type,
                  const char  *name,
                  GError     **error)
{
  const char *own_id;
  PpUnit *unit;

  g_return_val_if_fail (PP_IS_PLAN (self), NULL);
  g_return_val_if_fail (type < PP_N_UNIT_TYPES, NULL);

  if (!(own_id = claim_id (self, id, error)))
    return NULL;

  unit = g_new0 (PpUnit, 1);
  unit->id = own_id;
  unit->name = g_string_chunk_insert_const (self->strings, name ? name : "");
  unit->type = type;
  unit->parent = parent;
  unit->index = self->units->len;
  unit->depth = parent ? parent->depth + 1 : 0;

  if (parent != NULL)
    {
      GROW (parent->children, parent->n_children, parent->children_allocated);
      parent->children[parent->n_children++] = unit;
    }
  else
    {
      g_ptr_array_add (self->roots, unit);
    }

  g_ptr_array_add (self->units, unit);
  g_hash_table_insert (self->unit_ids, (gpointer) own_id, unit);
  return unit;
}

PpPost *
pp_plan_add_post (PpPlan      *self,
                  PpUnit      *unit,
                  const char  *id,
                  const char  *title,
                  GError     **error)
{
  const char *own_id;
  PpPost *post;

  g_return_val_if_fail (PP_IS_PLAN (self), NULL);
  g_return_val_if_fail (unit != NULL, NULL);

  if (!(own_id = claim_id (self, id, error)))
    return NULL;

  GROW (unit->posts, unit->n_posts, unit->posts_allocated);
  post = &unit->posts[unit->n_posts++];
  *post = (PpPost) {
    .id = own_id,
    .title = g_string_chunk_insert_const (self->strings, title ? title : ""),
    .level = -1,
    .category = PP_CATEGORY_NONE,
  };
  self->n_posts++;
  return post;
}

PpPost *
pp_unit_find_post (PpUnit     *unit,
                   const char *id)
{
  g_return_val_if_fail (unit != NULL, NULL);

  for (guint i = 0; i < unit->n_posts; i++)
    if (strcmp (unit->posts[i].id, id) == 0)
      return &unit->posts[i];

  return NULL;
}

static PpPost *
find_post_indexed (PpPlan     *self,
                   PpUnit     *unit,
                   const char *id)
{
  guint slot;

  if (unit->n_posts <= 16)
    return pp_unit_find_post (unit, id);

  if (self->post_index_unit != unit || self->post_index_size != unit->n_posts)
    {
      if (self->post_index == NULL)
        self->post_index = g_hash_table_new (g_str_hash, g_str_equal);
      g_hash_table_remove_all (self->post_index);
      for (guint i = 0; i < unit->n_posts; i++)
        g_hash_table_insert (self->post_index, (gpointer) unit->posts[i].id,
                             GUINT_TO_POINTER (i + 1));
      self->post_index_unit = unit;
      self->post_index_size = unit->n_posts;
    }

  slot = GPOINTER_TO_UINT (g_hash_table_lookup (self->post_index, id));
  return slot ? &unit->posts[slot - 1] : NULL;
}

PpStaff *
pp_plan_add_staff (PpPlan      *self,
                   PpUnit      *unit,
                   const char  *id,
                   const char  *post_id,
                   GError     **error)
{
  const char *own_id;
  PpPost *post;
  PpStaff *staff;

  g_return_val_if_fail (PP_IS_PLAN (self), NULL);
  g_return_val_if_fail (unit != NULL, NULL);

  post = post_id ? find_post_indexed (self, unit, post_id) : NULL;
  if (post == NULL)
    {
      g_set_error (error, PP_PLAN_ERROR, PP_PLAN_ERROR_INVALID_REFERENCE,
                   _("Staff record “%s” refers to post “%s”, which is not a post of unit “%s”: "
                     "use the id of one of the unit’s own posts"),
                   id ? id : "", post_id ? post_id : "", unit->id);
      return NULL;
    }

  if (!(own_id = claim_id (self, id, error)))
    return NULL;

  GROW (unit->staff, unit->n_staff, unit->staff_allocated);
  staff = &unit->staff[unit->n_staff++];
  *staff = (PpStaff) {
    .id = own_id,
    .post = (guint32) (post - unit->posts),
    .certificate = PP_CERT_NONE,
  };
  return staff;
}

void
pp_staff_set_directed_city (PpPlan     *self,
                            PpStaff    *staff,
                            const char *city)
{
  g_return_if_fail (PP_IS_PLAN (self));

  if (city == NULL || city[0] == '\0')
    staff->directed_city = NULL;
  else
    staff->directed_city = g_string_chunk_insert_const (self->strings, city);
}

void
pp_plan_set_unit_name (PpPlan     *self,
                       PpUnit     *unit,
                       const char *name)
{
  g_return_if_fail (PP_IS_PLAN (self));
  unit->name = g_string_chunk_insert_const (self->strings, name ? name : "");
}

void
pp_plan_set_post_title (PpPlan     *self,
                        PpPost     *post,
                        const char *title)
{
  g_return_if_fail (PP_IS_PLAN (self));
  post->title = g_string_chunk_insert_const (self->strings, title ? title : "");
}

void
pp_staff_set_name (PpPlan     *self,
                   PpStaff    *staff,
                   const char *name)
{
  g_return_if_fail (PP_IS_PLAN (self));

  staff->name = (name == NULL || name[0] == '\0') ? NULL : g_string_chunk_insert (self->strings, name);
}

gboolean
pp_staff_add_training (PpStaff  *staff,
                       gint32    year,
                       gint32    hours,
                       GError  **error)
{
  if (year < PP_YEAR_MIN || year > PP_YEAR_MAX)
    {
      g_set_error (error, PP_PLAN_ERROR, PP_PLAN_ERROR_INVALID_VALUE,
                   _("Training year %d of staff record “%s” is not a plausible year: "
                     "give a year between %d and %d"),
                   year, staff->id, PP_YEAR_MIN, PP_YEAR_MAX);
      return FALSE;
    }

  if (hours < 0)
    {
      g_set_error (error, PP_PLAN_ERROR, PP_PLAN_ERROR_INVALID_VALUE,
                   _("Training hours of staff record “%s” are negative: give 0 or more hours"),
                   staff->id);
      return FALSE;
    }

  for (guint i = 0; i < staff->n_training; i++)
    {
      if (staff->training[i].year == year)
        {
          g_set_error (error, PP_PLAN_ERROR, PP_PLAN_ERROR_INVALID_VALUE,
                       _("Staff record “%s” has two training entries for %d: "
                         "give one entry per year with the year’s total hours"),
                       staff->id, year);
          return FALSE;
        }
    }

  if (staff->n_training == G_MAXUINT16)
    {
      g_set_error (error, PP_PLAN_ERROR, PP_PLAN_ERROR_INVALID_VALUE,
                   _("Staff record “%s” has too many training entries"), staff->id);
      return FALSE;
    }

  staff->training = g_renew (PpTraining, staff->training, staff->n_training + 1);
  staff->training[staff->n_training++] = (PpTraining) { year, hours };
  return TRUE;
}

PpProject *
pp_unit_ensure_project (PpUnit *unit)
{
  if (unit->project == NULL)
    unit->project = g_new0 (PpProject, 1);
  return unit->project;
}

void
pp_unit_trim (PpUnit *unit)
{
  if (unit->posts_allocated > unit->n_posts)
    {
      unit->posts = g_renew (PpPost, unit->posts, unit->n_posts);
      unit->posts_allocated = unit->n_posts;
    }
  if (unit->staff_allocated > unit->n_staff)
    {
      unit->staff = g_renew (PpStaff, unit->staff, unit->n_staff);
      unit->staff_allocated = unit->n_staff;
    }
  if (unit->children_allocated > unit->n_children)
    {
      unit->children = g_renew (PpUnit *, unit->children, unit->n_children);
      unit->children_allocated = unit->n_children;
    }
}

PpUnit *
pp_unit_get_city_unit (PpUnit *unit)
{
  for (PpUnit *u = unit->parent; u != NULL; u = u->parent)
    if (u->type == PP_UNIT_REGION && u->level == PP_REGION_CITY)
      return u;
  return NULL;
}

const char *
pp_unit_get_city (PpUnit *unit)
{
  PpUnit *city = pp_unit_get_city_unit (unit);
  return city ? city->name : NULL;
}

PpCertificate
pp_staff_get_effective_certificate (PpUnit        *unit,
                                    const PpStaff *staff)
{
  if (staff->directed_city != NULL && g_strcmp0 (pp_unit_get_city (unit), staff->directed_city) != 0)
    return PP_CERT_NONE;
  return staff->certificate;
}

/* Editing the tree ----------------------------------------------------- */

/* The sibling array of parent's children (NULL: the roots); returns the
 * roots array when that is what it is. */
static GPtrArray *
siblings_of (PpPlan  *self,
             PpUnit  *parent,
             PpUnit ***children,
             guint   **n_children)
{
  if (parent != NULL)
    {
      *children = parent->children;
      *n_children = &parent->n_children;
      return NULL;
    }
  *children = (PpUnit **) self->roots->pdata;
  *n_children = &self->roots->len;
  return self->roots;
}

guint
pp_unit_get_place (PpPlan *self,
                   PpUnit *unit)
{
  PpUnit **children;
  guint *n;

  siblings_of (self, unit->parent, &children, &n);
  for (guint i = 0; i < *n; i++)
    if (children[i] == unit)
      return i;
  g_return_val_if_reached (0);
}

/* Lays the units array out in document order again after the tree
 * changed, and sets every index and depth. */
static void
rebuild_order (PpPlan *self)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  /* Empty the array without freeing: every unit is still in the tree. */
  g_ptr_array_set_free_func (self->units, NULL);
  g_ptr_array_set_size (self->units, 0);
  g_ptr_array_set_free_func (self->units, (GDestroyNotify) pp_unit_free);

  for (guint r = self->roots->len; r-- > 0;)
    g_ptr_array_add (stack, self->roots->pdata[r]);

  while (stack->len > 0)
    {
      PpUnit *unit = g_ptr_array_steal_index (stack, stack->len - 1);

      unit->index = self->units->len;
      unit->depth = unit->parent ? unit->parent->depth + 1 : 0;
      g_ptr_array_add (self->units, unit);
      for (guint c = unit->n_children; c-- > 0;)
        g_ptr_array_add (stack, unit->children[c]);
    }
}

static void
detach (PpPlan *self,
        PpUnit *unit)
{
  PpUnit **children;
  guint *n;
  guint place = pp_unit_get_place (self, unit);

  if (siblings_of (self, unit->parent, &children, &n) != NULL)
    {
      g_ptr_array_remove_index (self->roots, place);
      return;
    }
  memmove (&children[place], &children[place + 1], (*n - place - 1) * sizeof (PpUnit *));
  (*n)--;
}

static void
attach (PpPlan *self,
        PpUnit *unit,
        PpUnit *parent,
        guint   place)
{
  unit->parent = parent;
  if (parent == NULL)
    {
      g_ptr_array_insert (self->roots, MIN (place, self->roots->len), unit);
      return;
    }
  GROW (parent->children, parent->n_children, parent->children_allocated);
  place = MIN (place, parent->n_children);
  memmove (&parent->children[place + 1], &parent->children[place],
           (parent->n_children - place) * sizeof (PpUnit *));
  parent->children[place] = unit;
  parent->n_children++;
}

static void
forget_ids (PpPlan *self,
            PpUnit *unit)
{
  g_hash_table_remove (self->ids, unit->id);
  g_hash_table_remove (self->unit_ids, unit->id);
  for (guint i = 0; i < unit->n_posts; i++)
    g_hash_table_remove (self->ids, unit->posts[i].id);
  for (guint i = 0; i < unit->n_staff; i++)
    g_hash_table_remove (self->ids, unit->staff[i].id);
  self->n_posts -= unit->n_posts;
}

GPtrArray *
pp_plan_remove_subtree (PpPlan *self,
                        PpUnit *unit)
{
  GPtrArray *subtree;
  guint start, end;

  g_return_val_if_fail (PP_IS_PLAN (self), NULL);
  g_return_val_if_fail (unit != NULL, NULL);

  /* In document order a subtree is contiguous: the unit, then every unit
   * deeper than it up to the first that is not. */
  start = unit->index;
  end = start + 1;
  while (end < self->units->len && ((PpUnit *) self->units->pdata[end])->depth > unit->depth)
    end++;

  detach (self, unit);
  subtree = g_ptr_array_new_full (end - start, (GDestroyNotify) pp_unit_free);
  for (guint i = start; i < end; i++)
    {
      PpUnit *u = g_ptr_array_index (self->units, i);

      forget_ids (self, u);
      g_ptr_array_add (subtree, u);
    }

  /* The slots go without freeing the units, which the subtree now owns. */
  g_ptr_array_set_free_func (self->units, NULL);
  g_ptr_array_remove_range (self->units, start, end - start);
  g_ptr_array_set_free_func (self->units, (GDestroyNotify) pp_unit_free);
  rebuild_order (self);
  return subtree;
}

gboolean
pp_plan_insert_subtree (PpPlan     *self,
                        PpUnit     *parent,
                        guint       place,
                        GPtrArray  *subtree,
                        GError    **error)
{
  PpUnit *top;

  g_return_val_if_fail (PP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (subtree != NULL && subtree->len > 0, FALSE);

  for (guint i = 0; i < subtree->len; i++)
    {
      PpUnit *u = g_ptr_array_index (subtree, i);
      const char *taken = g_hash_table_contains (self->ids, u->id) ? u->id : NULL;

      for (guint p = 0; taken == NULL && p < u->n_posts; p++)
        if (g_hash_table_contains (self->ids, u->posts[p].id))
          taken = u->posts[p].id;
      for (guint s = 0; taken == NULL && s < u->n_staff; s++)
        if (g_hash_table_contains (self->ids, u->staff[s].id))
          taken = u->staff[s].id;
      if (taken != NULL)
        {
          g_set_error (error, PP_PLAN_ERROR, PP_PLAN_ERROR_DUPLICATE_ID,
                       _("The id “%s” is used twice: give each unit, post and staff record its own id"), taken);
          return FALSE;
        }
    }

  top = g_ptr_array_index (subtree, 0);
  attach (self, top, parent, place);

  for (guint i = 0; i < subtree->len; i++)
    {
      PpUnit *u = g_ptr_array_index (subtree, i);

      g_hash_table_add (self->ids, (gpointer) u->id);
      g_hash_table_insert (self->unit_ids, (gpointer) u->id, u);
      for (guint p = 0; p < u->n_posts; p++)
        g_hash_table_add (self->ids, (gpointer) u->posts[p].id);
      for (guint s = 0; s < u->n_staff; s++)
        g_hash_table_add (self->ids, (gpointer) u->staff[s].id);
      self->n_posts += u->n_posts;
      g_ptr_array_add (self->units, u);
    }

  /* The units now belong to the plan. */
  g_ptr_array_set_free_func (subtree, NULL);
  g_ptr_array_set_size (subtree, 0);
  rebuild_order (self);
  return TRUE;
}

gboolean
pp_plan_move_unit (PpPlan     *self,
                   PpUnit     *unit,
                   PpUnit     *parent,
                   guint       place,
                   GError    **error)
{
  g_return_val_if_fail (PP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (unit != NULL, FALSE);

  for (PpUnit *a = parent; a != NULL; a = a->parent)
    if (a == unit)
      {
        g_set_error (error, PP_PLAN_ERROR, PP_PLAN_ERROR_INVALID_REFERENCE,
                     _("“%s” cannot move under one of its own units: choose a unit outside it"), unit->name);
        return FALSE;
      }

  detach (self, unit);
  attach (self, unit, parent, place);
  rebuild_order (self);
  return TRUE;
}

PpPost *
pp_unit_insert_post (PpPlan        *self,
                     PpUnit        *unit,
                     guint          index,
                     const PpPost  *post,
                     GError       **error)
{
  PpPost *added;
  PpPost copy;

  g_return_val_if_fail (PP_IS_PLAN (self), NULL);
  g_return_val_if_fail (index <= unit->n_posts, NULL);

  /* Adding at the end keeps staff indices; then the line moves into place. */
  if (!(added = pp_plan_add_post (self, unit, post->id, post->title, error)))
    return NULL;
  copy = *added;
  copy.count = post->count;
  copy.filled = post->filled;
  copy.graduate_reserved = post->graduate_reserved;
  copy.level = post->level;
  copy.category = post->category;
  copy.flags = post->flags;

  memmove (&unit->posts[index + 1], &unit->posts[index], (unit->n_posts - 1 - index) * sizeof (PpPost));
  unit->posts[index] = copy;
  for (guint s = 0; s < unit->n_staff; s++)
    if (unit->staff[s].post >= index)
      unit->staff[s].post++;
  self->post_index_unit = NULL;
  return &unit->posts[index];
}

PpStaff *
pp_unit_insert_staff (PpPlan      *self,
                      PpUnit      *unit,
                      guint        index,
                      const char  *id,
                      const char  *post_id,
                      GError     **error)
{
  PpStaff added;

  g_return_val_if_fail (PP_IS_PLAN (self), NULL);
  g_return_val_if_fail (index <= unit->n_staff, NULL);

  if (!pp_plan_add_staff (self, unit, id, post_id, error))
    return NULL;
  added = unit->staff[unit->n_staff - 1];
  memmove (&unit->staff[index + 1], &unit->staff[index], (unit->n_staff - 1 - index) * sizeof (PpStaff));
  unit->staff[index] = added;
  return &unit->staff[index];
}

void
pp_unit_remove_staff (PpPlan *self,
                      PpUnit *unit,
                      guint   index)
{
  g_return_if_fail (PP_IS_PLAN (self));
  g_return_if_fail (index < unit->n_staff);

  g_hash_table_remove (self->ids, unit->staff[index].id);
  g_free (unit->staff[index].training);
  memmove (&unit->staff[index], &unit->staff[index + 1], (unit->n_staff - index - 1) * sizeof (PpStaff));
  unit->n_staff--;
}

gboolean
pp_unit_remove_post (PpPlan     *self,
                     PpUnit     *unit,
                     guint       index,
                     GError    **error)
{
  g_return_val_if_fail (PP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (index < unit->n_posts, FALSE);

  for (guint s = 0; s < unit->n_staff; s++)
    if (unit->staff[s].post == index)
      {
        g_set_error (error, PP_PLAN_ERROR, PP_PLAN_ERROR_INVALID_REFERENCE,
                     _("Post “%s” is held by staff record “%s”: move or remove the staff first"),
                     unit->posts[index].id, unit->staff[s].id);
        return FALSE;
      }

  g_hash_table_remove (self->ids, unit->posts[index].id);
  memmove (&unit->posts[index], &unit->posts[index + 1], (unit->n_posts - index - 1) * sizeof (PpPost));
  unit->n_posts--;
  self->n_posts--;
  for (guint s = 0; s < unit->n_staff; s++)
    if (unit->staff[s].post > index)
      unit->staff[s].post--;
  /* The plan's post lookup cache may point at the old layout. */
  self->post_index_unit = NULL;
  return TRUE;
}

gboolean
pp_post_validate (const PpPost  *post,
                  GError       **error)
{
  if (post->filled > PP_COUNT_MAX || post->count > PP_COUNT_MAX ||
      post->graduate_reserved > PP_COUNT_MAX)
    {
      g_set_error (error, PP_PLAN_ERROR, PP_PLAN_ERROR_INVALID_VALUE,
                   _("Post “%s” has a count too large to be real"), post->id);
      return FALSE;
    }

  if (post->graduate_reserved > post->count)
    {
      g_set_error (error, PP_PLAN_ERROR, PP_PLAN_ERROR_INVALID_VALUE,
                   _("Post “%s” reserves %u posts for graduates but has only %u: "
                     "reserve at most the post’s count"),
                   post->id, post->graduate_reserved, post->count);
      return FALSE;
    }

  if (post->level < -1 || post->level > 13)
    {
      g_set_error (error, PP_PLAN_ERROR, PP_PLAN_ERROR_INVALID_VALUE,
                   _("Post “%s” has level %d: levels run from 0 to 13"),
                   post->id, post->level);
      return FALSE;
    }

  return TRUE;
}
