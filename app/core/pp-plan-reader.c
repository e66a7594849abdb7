/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-plan-reader.c: a streaming, hardened reader of plan XML.
 *
 * The reader enforces data/schema/plan.xsd itself as the file streams
 * through xmlTextReader — every element in its place, every attribute
 * known, required and well-typed — and builds the model from the same
 * stream; the first error stops everything. libxml2's own streaming XSD
 * validation would double the import time of a large plan (and 2.9 loses
 * well-formedness errors with it); test-plan-xml checks that this reader
 * and the schema accept and refuse the same files. Beyond the schema it
 * checks unique ids, staff/@post, levels only on regions and a known
 * policy. */

#define G_LOG_DOMAIN "pp-plan-reader"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "pp-data.h"
#include "pp-date.h"
#include "pp-pack.h"
#include "pp-plan-io.h"
#include "pp-xml.h"

/* plan > units > staff > training: 60 levels of units is far beyond any
 * real plan, and keeps well clear of libxml2's own limit of 256. */
#define PP_PLAN_MAX_DEPTH 63

typedef enum
{
  ELEMENT_NONE,
  ELEMENT_PLAN,
  ELEMENT_OVERRIDE,
  ELEMENT_UNIT,
  ELEMENT_POST,
  ELEMENT_STAFF,
  ELEMENT_TRAINING,
  ELEMENT_PROJECT,
  N_ELEMENTS
} Element;

/* At most this many attributes an element of the format may have. */
#define MAX_ATTRIBUTES 16

typedef struct
{
  const char      *filename;
  const char      *data;      /* the document, when read from memory */
  gsize            size;
  xmlTextReader   *reader;
  PpPlan          *plan;
  GPtrArray       *stack;       /* open units */
  PpUnit          *unit;        /* unit of the element being read */
  PpStaff         *staff;       /* staff whose training is being read */
  xmlError         first_error;
  GError          *error;
  gboolean         seen_root;

  /* String attributes of the element being read, copied out of the
   * reader because its values last only until the next move. */
  GString         *id;
  GString         *text;      /* name or title */
  GString         *ref;       /* staff/@post */
  GString         *city;      /* staff/@directed-city */
  const char      *element;   /* name of the element being read */
  guint64          unit_total; /* posts of the unit whose lines are being read */

  /* The reader hands out names from its dictionary: one name, one
   * pointer, for the whole file. A name found once by comparing text is
   * found again by its pointer (a million posts have six attributes
   * each). */
  const char      *element_seen[N_ELEMENTS];
  const char      *attribute_seen[N_ELEMENTS][MAX_ATTRIBUTES];
} Reader;

static void
on_libxml_error (void          *user_data,
                 PpXmlErrorArg *error)
{
  Reader *r = user_data;

  pp_xml_keep_first_error (&r->first_error, error);
}

/* The column of "<NAME" on a line of the file, counted in characters,
 * or 1 when it is not there. libxml2 keeps only the line of a node, and
 * its parser position runs ahead of the node being read. */
static int
locate_column (const char *filename,
               const char *data,
               gsize       size,
               int         line,
               const char *name)
{
  g_autofree char *needle = g_strconcat ("<", name, NULL);
  FILE *file = data ? fmemopen ((void *) data, size, "rb") : g_fopen (filename, "rb");
  g_autoptr(GString) text = g_string_new (NULL);
  int current = 1, c, column = 1;
  const char *found;

  if (file == NULL || line <= 0)
    {
      if (file)
        fclose (file);
      return 1;
    }

  while (current < line && (c = getc (file)) != EOF)
    if (c == '\n')
      current++;
  while ((c = getc (file)) != EOF && c != '\n' && text->len < 1024 * 1024)
    g_string_append_c (text, (char) c);
  fclose (file);

  found = strstr (text->str, needle);
  if (found != NULL && g_utf8_validate (text->str, found - text->str, NULL))
    column = (int) g_utf8_strlen (text->str, found - text->str) + 1;
  return column;
}

static int
node_line (Reader *r)
{
  xmlNode *node = xmlTextReaderCurrentNode (r->reader);
  long line = node ? xmlGetLineNo (node) : -1;

  return line > 0 ? (int) line : xmlTextReaderGetParserLineNumber (r->reader);
}

static void
reader_fail (Reader     *r,
             const char *format,
             ...) G_GNUC_PRINTF (2, 3);

static void
reader_fail (Reader     *r,
             const char *format,
             ...)
{
  g_autofree char *what = NULL;
  va_list args;

  if (r->error != NULL)
    return;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  {
    int line = node_line (r);
    const char *name = r->element;

    g_set_error (&r->error, PP_XML_ERROR, PP_XML_ERROR_INVALID, "%s:%d:%d: %s",
                 r->filename, line, locate_column (r->filename, r->data, r->size, line, name ? name : ""), what);
  }
}

static void
reader_fail_from_libxml (Reader *r)
{
  g_autofree char *what = pp_xml_describe_error (&r->first_error);
  int line = r->first_error.line;
  int column = r->first_error.int2;

  if (line <= 0)
    line = xmlTextReaderGetParserLineNumber (r->reader);
  if (column <= 0)
    column = xmlTextReaderGetParserColumnNumber (r->reader);

  g_set_error (&r->error, PP_XML_ERROR, PP_XML_ERROR_MALFORMED, "%s:%d:%d: %s",
               r->filename, line, column, what);
}

/* Attributes ----------------------------------------------------------- */

static gboolean
parse_uint (const char *text,
            guint64     max,
            guint64    *out)
{
  guint64 value = 0;
  const char *s = text;
  gboolean digits = FALSE;

  /* XML Schema collapses the whitespace around a number. */
  while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
    s++;
  for (; g_ascii_isdigit (*s); s++)
    {
      value = value * 10 + (guint64) (*s - '0');
      if (value > max)
        return FALSE;
      digits = TRUE;
    }
  while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
    s++;
  if (!digits || *s != '\0')
    return FALSE;
  *out = value;
  return TRUE;
}

static gboolean
read_count (Reader     *r,
            const char *name,
            const char *value,
            guint32    *out)
{
  guint64 v;

  if (!parse_uint (value, PP_COUNT_MAX, &v))
    {
      reader_fail (r, _("“%s” is “%s”, but it must be a whole number from 0 to 2147483647"),
                   name, value);
      return FALSE;
    }
  *out = (guint32) v;
  return TRUE;
}

static gboolean
read_money (Reader     *r,
            const char *name,
            const char *value,
            gint64     *out)
{
  guint64 v;

  if (!parse_uint (value, PP_MONEY_MAX - 1, &v))
    {
      reader_fail (r, _("“%s” is “%s”, but it must be a whole number of yuan below 10^12"),
                   name, value);
      return FALSE;
    }
  *out = (gint64) v;
  return TRUE;
}

static gboolean
read_flag (Reader     *r,
           const char *name,
           const char *value,
           guint      *flags,
           guint       bit)
{
  if (strcmp (value, "true") == 0)
    *flags |= bit;
  else if (strcmp (value, "false") == 0)
    *flags &= ~bit;
  else
    {
      reader_fail (r, _("“%s” is “%s”, but it must be true or false"), name, value);
      return FALSE;
    }
  return TRUE;
}


/* What an element may carry: its attribute names, in the order the
 * callbacks number them, and which of them it must have. */
typedef struct
{
  const char         *element;
  const char * const *names;
  guint32             required;
  Element             id;
} AttrSpec;

typedef gboolean (*AttrFunc) (Reader *r, guint index, const char *value, gpointer data);

/* Calls func for every attribute in no namespace, by its index in the
 * spec; attributes in other namespaces belong to other programs and are
 * skipped. An attribute the spec does not name, or a required one that
 * is missing, is an error: the reader enforces data/schema/plan.xsd. */
static gboolean
for_each_attribute (Reader         *r,
                    const AttrSpec *spec,
                    AttrFunc        func,
                    gpointer        data)
{
  guint32 seen = 0;
  gboolean ok = TRUE;

  while (ok && xmlTextReaderMoveToNextAttribute (r->reader) == 1)
    {
      const char *name;
      guint i;
      const char *ns = (const char *) xmlTextReaderConstNamespaceUri (r->reader);

      /* Attributes of other programs' namespaces (and namespace
       * declarations) are theirs; ours are unqualified. */
      if (ns != NULL && strcmp (ns, PP_PLAN_NS) != 0)
        continue;

      name = (const char *) xmlTextReaderConstLocalName (r->reader);
      if (ns != NULL)
        {
          xmlTextReaderMoveToElement (r->reader);
          reader_fail (r, _("“%s” has an attribute “%s” in the plan namespace, which the format does not "
                            "allow: write it without a prefix"), spec->element, name);
          return FALSE;
        }
      for (i = 0; i < MAX_ATTRIBUTES && spec->names[i] != NULL; i++)
        if (r->attribute_seen[spec->id][i] == name)
          break;
      if (i == MAX_ATTRIBUTES || spec->names[i] == NULL)
        {
          for (i = 0; spec->names[i] != NULL; i++)
            if (strcmp (spec->names[i], name) == 0)
              break;
          if (i < MAX_ATTRIBUTES && spec->names[i] != NULL)
            r->attribute_seen[spec->id][i] = name;
        }

      if (spec->names[i] == NULL)
        {
          xmlTextReaderMoveToElement (r->reader);
          reader_fail (r, _("“%s” has an attribute “%s” that is not part of the plan format: "
                            "remove it or correct its spelling"), spec->element, name);
          return FALSE;
        }

      seen |= 1u << i;
      ok = func (r, i, (const char *) xmlTextReaderConstValue (r->reader), data);
    }
  xmlTextReaderMoveToElement (r->reader);

  if (ok && (spec->required & ~seen) != 0)
    {
      for (guint i = 0; spec->names[i] != NULL; i++)
        if ((spec->required & ~seen) & (1u << i))
          {
            reader_fail (r, _("“%s” lacks the attribute “%s”, which it must have"),
                         spec->element, spec->names[i]);
            break;
          }
      return FALSE;
    }

  return ok && r->error == NULL;
}

static gboolean
read_id (Reader     *r,
         const char *name,
         const char *value,
         GString    *out)
{
  glong length = g_utf8_strlen (value, -1);

  if (length == 0 || length > 200)
    {
      reader_fail (r, _("“%s” must be between 1 and 200 characters long"), name);
      return FALSE;
    }
  g_string_assign (out, value);
  return TRUE;
}

/* Elements ------------------------------------------------------------- */

enum { PLAN_VERSION, PLAN_TITLE, PLAN_POLICY, PLAN_DATE };
static const char * const plan_names[] = { "version", "title", "policy", "date", NULL };
static const AttrSpec plan_spec = { "plan", plan_names, 1u << PLAN_VERSION, ELEMENT_PLAN };

static gboolean
plan_attribute (Reader     *r,
                guint       index,
                const char *value,
                gpointer    data)
{
  GDate date;

  switch (index)
    {
    case PLAN_VERSION:
      if (strcmp (value, "1") != 0)
        {
          reader_fail (r, _("the plan is in format version “%s”, but this PostPlan reads version 1: "
                            "open it with a newer PostPlan"), value);
          return FALSE;
        }
      break;
    case PLAN_TITLE:
      pp_plan_set_title (r->plan, value);
      break;
    case PLAN_POLICY:
      pp_plan_set_policy (r->plan, value);
      break;
    case PLAN_DATE:
      if (!pp_date_parse (value, &date))
        {
          reader_fail (r, _("the plan date “%s” is not a date: write it as YYYY-MM-DD"), value);
          return FALSE;
        }
      pp_plan_set_date (r->plan, &date);
      break;
    default:
      g_assert_not_reached ();
    }
  return TRUE;
}

static void
start_plan (Reader *r)
{
  const char *policy;
  g_autofree char *directory = NULL;
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;

  if (!for_each_attribute (r, &plan_spec, plan_attribute, NULL))
    return;

  policy = pp_plan_get_policy (r->plan);
  if (policy[0] == '\0')
    return;

  directory = pp_pack_get_directory ();
  name = g_strconcat (policy, ".xml", NULL);
  path = g_build_filename (directory, name, NULL);
  if (strchr (policy, '/') != NULL || policy[0] == '.' || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    reader_fail (r, _("the plan names policy “%s”, which PostPlan does not know: "
                      "run “postplan-cli policies” to list the policy packs"), policy);
}

enum
{
  UNIT_ID, UNIT_TYPE, UNIT_LEVEL, UNIT_NAME, UNIT_PUBLIC, UNIT_WORKERS, UNIT_POPULATION,
  UNIT_STUDENTS, UNIT_RECIPIENTS, UNIT_PILOT, UNIT_COUNTY_SEAT
};
static const char * const unit_names[] = {
  "id", "type", "level", "name", "public-institution", "workers", "population", "students",
  "recipients", "pilot", "county-seat", NULL
};
static const AttrSpec unit_spec = {
  "unit", unit_names, (1u << UNIT_ID) | (1u << UNIT_TYPE) | (1u << UNIT_NAME), ELEMENT_UNIT
};

typedef struct
{
  PpUnitType    type;
  PpRegionLevel level;
  guint         flags;
  guint32       drivers[PP_N_DRIVERS];
} UnitAttrs;

static gboolean
unit_attribute (Reader     *r,
                guint       index,
                const char *value,
                gpointer    data)
{
  UnitAttrs *u = data;

  switch (index)
    {
    case UNIT_ID:
      return read_id (r, "id", value, r->id);
    case UNIT_NAME:
      g_string_assign (r->text, value);
      return TRUE;
    case UNIT_TYPE:
      if (!pp_unit_type_from_string (value, &u->type))
        {
          reader_fail (r, _("“%s” is not a unit type"), value);
          return FALSE;
        }
      return TRUE;
    case UNIT_LEVEL:
      if (!pp_region_level_from_string (value, &u->level))
        {
          reader_fail (r, _("“%s” is not a region level: use province, city or county"), value);
          return FALSE;
        }
      return TRUE;
    case UNIT_PUBLIC:
      return read_flag (r, unit_names[index], value, &u->flags, PP_UNIT_PUBLIC_INSTITUTION);
    case UNIT_PILOT:
      return read_flag (r, unit_names[index], value, &u->flags, PP_UNIT_PILOT);
    case UNIT_COUNTY_SEAT:
      return read_flag (r, unit_names[index], value, &u->flags, PP_UNIT_COUNTY_SEAT);
    case UNIT_WORKERS:
      return read_count (r, unit_names[index], value, &u->drivers[PP_DRIVER_WORKERS]);
    case UNIT_POPULATION:
      return read_count (r, unit_names[index], value, &u->drivers[PP_DRIVER_POPULATION]);
    case UNIT_STUDENTS:
      return read_count (r, unit_names[index], value, &u->drivers[PP_DRIVER_STUDENTS]);
    case UNIT_RECIPIENTS:
      return read_count (r, unit_names[index], value, &u->drivers[PP_DRIVER_RECIPIENTS]);
    default:
      g_assert_not_reached ();
    }
}

static void
start_unit (Reader *r)
{
  UnitAttrs attrs = { .type = PP_N_UNIT_TYPES };
  g_autoptr(GError) local_error = NULL;
  PpUnit *parent = r->stack->len ? g_ptr_array_index (r->stack, r->stack->len - 1) : NULL;
  const char *id;
  PpUnit *unit;

  if (!for_each_attribute (r, &unit_spec, unit_attribute, &attrs))
    return;
  id = r->id->str;

  if (attrs.type == PP_UNIT_REGION && attrs.level == PP_REGION_NONE)
    {
      reader_fail (r, _("region “%s” has no level: add level=\"province\", \"city\" or \"county\""), id);
      return;
    }
  if (attrs.type != PP_UNIT_REGION && attrs.level != PP_REGION_NONE)
    {
      reader_fail (r, _("unit “%s” has a level, but only regions have one: remove it or make the unit a region"),
                   id);
      return;
    }

  unit = pp_plan_add_unit (r->plan, parent, id, attrs.type, r->text->str, &local_error);
  if (unit == NULL)
    {
      reader_fail (r, "%s", local_error->message);
      return;
    }
  unit->level = attrs.level;
  unit->flags = attrs.flags;
  memcpy (unit->drivers, attrs.drivers, sizeof unit->drivers);

  r->unit = unit;
  r->unit_total = 0;
  /* Pushed even when empty: its end (right away) pops it. */
  g_ptr_array_add (r->stack, unit);
}

enum
{
  POST_ID, POST_TITLE, POST_CATEGORY, POST_LEVEL, POST_SOCIAL_WORK, POST_COUNT, POST_FILLED,
  POST_SPECIAL, POST_NEW, POST_GRADUATE_RESERVED
};
static const char * const post_names[] = {
  "id", "title", "category", "level", "social-work", "count", "filled", "special", "new",
  "graduate-reserved", NULL
};
static const AttrSpec post_spec = {
  "post", post_names,
  (1u << POST_ID) | (1u << POST_TITLE) | (1u << POST_COUNT) | (1u << POST_FILLED), ELEMENT_POST
};

typedef struct
{
  PpPost    post;
  guint     flags;
} PostAttrs;

static gboolean
post_attribute (Reader     *r,
                guint       index,
                const char *value,
                gpointer    data)
{
  PostAttrs *p = data;
  PpCategory category;
  guint64 level;

  switch (index)
    {
    case POST_ID:
      return read_id (r, "id", value, r->id);
    case POST_TITLE:
      g_string_assign (r->text, value);
      return TRUE;
    case POST_COUNT:
      return read_count (r, post_names[index], value, &p->post.count);
    case POST_FILLED:
      return read_count (r, post_names[index], value, &p->post.filled);
    case POST_GRADUATE_RESERVED:
      return read_count (r, post_names[index], value, &p->post.graduate_reserved);
    case POST_CATEGORY:
      if (!pp_category_from_string (value, &category))
        {
          reader_fail (r, _("“%s” is not a post category: use management, professional or skilled"),
                       value);
          return FALSE;
        }
      p->post.category = category;
      return TRUE;
    case POST_LEVEL:
      if (!parse_uint (value, 13, &level))
        {
          reader_fail (r, _("level “%s” is not a post level: levels run from 0 to 13"), value);
          return FALSE;
        }
      p->post.level = (gint8) level;
      return TRUE;
    case POST_SOCIAL_WORK:
      return read_flag (r, post_names[index], value, &p->flags, PP_POST_SOCIAL_WORK);
    case POST_SPECIAL:
      return read_flag (r, post_names[index], value, &p->flags, PP_POST_SPECIAL);
    case POST_NEW:
      return read_flag (r, post_names[index], value, &p->flags, PP_POST_NEW);
    default:
      g_assert_not_reached ();
    }
}

static void
start_post (Reader *r)
{
  PostAttrs attrs = { .post = { .level = -1 } };
  g_autoptr(GError) local_error = NULL;
  PpPost *post;

  if (r->unit->n_staff > 0 || r->unit->project != NULL || r->unit->n_children > 0)
    {
      reader_fail (r, _("a post comes after the unit’s staff, budget or units: list posts first"));
      return;
    }

  if (!for_each_attribute (r, &post_spec, post_attribute, &attrs))
    return;

  post = pp_plan_add_post (r->plan, r->unit, r->id->str, r->text->str, &local_error);
  if (post == NULL)
    {
      reader_fail (r, "%s", local_error->message);
      return;
    }

  post->count = attrs.post.count;
  post->filled = attrs.post.filled;
  post->graduate_reserved = attrs.post.graduate_reserved;
  post->level = attrs.post.level;
  post->category = attrs.post.category;
  post->flags = attrs.flags;

  if (!pp_post_validate (post, &local_error))
    {
      reader_fail (r, "%s", local_error->message);
      return;
    }

  /* Totals stay below 2^31, so shares and amounts per post never overflow
   * in the checker's 64-bit arithmetic. */
  r->unit_total += post->count;
  if (r->unit_total > PP_COUNT_MAX)
    reader_fail (r, _("unit “%s” has more than 2147483647 posts in all, far more than any real unit: "
                      "check the counts"), r->unit->id);
}

enum { STAFF_ID, STAFF_POST, STAFF_CERTIFICATE, STAFF_DIRECTED_CITY };
static const char * const staff_names[] = { "id", "post", "certificate", "directed-city", NULL };
static const AttrSpec staff_spec = {
  "staff", staff_names, (1u << STAFF_ID) | (1u << STAFF_POST), ELEMENT_STAFF
};

typedef struct
{
  PpCertificate certificate;
  gboolean      directed;
} StaffAttrs;

static gboolean
staff_attribute (Reader     *r,
                 guint       index,
                 const char *value,
                 gpointer    data)
{
  StaffAttrs *s = data;

  switch (index)
    {
    case STAFF_ID:
      return read_id (r, "id", value, r->id);
    case STAFF_POST:
      return read_id (r, "post", value, r->ref);
    case STAFF_DIRECTED_CITY:
      g_string_assign (r->city, value);
      s->directed = TRUE;
      return TRUE;
    case STAFF_CERTIFICATE:
      if (!pp_certificate_from_string (value, &s->certificate))
        {
          reader_fail (r, _("“%s” is not a certificate: use none, worker, assistant, intermediate or senior"),
                       value);
          return FALSE;
        }
      return TRUE;
    default:
      g_assert_not_reached ();
    }
}

static void
start_staff (Reader *r)
{
  StaffAttrs attrs = { PP_CERT_NONE, FALSE };
  g_autoptr(GError) local_error = NULL;
  PpStaff *staff;

  if (r->unit->project != NULL || r->unit->n_children > 0)
    {
      reader_fail (r, _("a staff record comes after the unit’s budget or units: list staff before them"));
      return;
    }

  if (!for_each_attribute (r, &staff_spec, staff_attribute, &attrs))
    return;

  staff = pp_plan_add_staff (r->plan, r->unit, r->id->str, r->ref->str, &local_error);
  if (staff == NULL)
    {
      reader_fail (r, "%s", local_error->message);
      return;
    }
  staff->certificate = attrs.certificate;
  pp_staff_set_directed_city (r->plan, staff, attrs.directed ? r->city->str : NULL);
  r->staff = xmlTextReaderIsEmptyElement (r->reader) ? NULL : staff;
}

enum { TRAINING_YEAR, TRAINING_HOURS };
static const char * const training_names[] = { "year", "hours", NULL };
static const AttrSpec training_spec = {
  "training", training_names, (1u << TRAINING_YEAR) | (1u << TRAINING_HOURS), ELEMENT_TRAINING
};

typedef struct
{
  guint64 year;
  guint32 hours;
} TrainingAttrs;

static gboolean
training_attribute (Reader     *r,
                    guint       index,
                    const char *value,
                    gpointer    data)
{
  TrainingAttrs *t = data;

  if (index == TRAINING_HOURS)
    return read_count (r, "hours", value, &t->hours);

  if (!parse_uint (value, PP_YEAR_MAX, &t->year) || t->year < PP_YEAR_MIN)
    {
      reader_fail (r, _("the training year “%s” is not a year from %d to %d"),
                   value, PP_YEAR_MIN, PP_YEAR_MAX);
      return FALSE;
    }
  return TRUE;
}

static void
start_training (Reader *r)
{
  g_autoptr(GError) local_error = NULL;
  TrainingAttrs attrs = { 0 };

  if (!for_each_attribute (r, &training_spec, training_attribute, &attrs))
    return;

  if (!pp_staff_add_training (r->staff, (gint32) attrs.year, (gint32) attrs.hours, &local_error))
    reader_fail (r, "%s", local_error->message);
}

enum { PROJECT_FUNDS, PROJECT_LABOUR, PROJECT_OVERHEAD, PROJECT_SUPERVISION, PROJECT_FIELD, PROJECT_CYCLE };
static const char * const project_names[] = {
  "funds", "labour", "overhead", "supervision", "field", "cycle-years", NULL
};
static const AttrSpec project_spec = { "project", project_names, 0, ELEMENT_PROJECT };

static gboolean
project_attribute (Reader     *r,
                   guint       index,
                   const char *value,
                   gpointer    data)
{
  PpProject *project = data;

  switch (index)
    {
    case PROJECT_FUNDS:
      return read_money (r, project_names[index], value, &project->funds);
    case PROJECT_LABOUR:
      return read_money (r, project_names[index], value, &project->labour);
    case PROJECT_OVERHEAD:
      return read_money (r, project_names[index], value, &project->overhead);
    case PROJECT_SUPERVISION:
      return read_money (r, project_names[index], value, &project->supervision);
    case PROJECT_CYCLE:
      return read_count (r, project_names[index], value, &project->cycle_years);
    case PROJECT_FIELD:
      if (!pp_field_from_string (value, &project->field))
        {
          reader_fail (r, _("“%s” is not a service field"), value);
          return FALSE;
        }
      return TRUE;
    default:
      g_assert_not_reached ();
    }
}

static void
start_project (Reader *r)
{
  PpProject project = { 0 };

  if (r->unit->type != PP_UNIT_PURCHASED_PROJECT)
    {
      reader_fail (r, _("unit “%s” has a project budget, but only purchased-project units have one"),
                   r->unit->id);
      return;
    }
  if (r->unit->project != NULL)
    {
      reader_fail (r, _("unit “%s” has two project budgets: keep one"), r->unit->id);
      return;
    }
  if (r->unit->n_children > 0)
    {
      reader_fail (r, _("the project budget comes after the unit’s child units: put it before them"));
      return;
    }

  if (!for_each_attribute (r, &project_spec, project_attribute, &project))
    return;
  *pp_unit_ensure_project (r->unit) = project;
}

enum { OVERRIDE_RULE, OVERRIDE_PARAM, OVERRIDE_VALUE };
static const char * const override_names[] = { "rule", "param", "value", NULL };
static const AttrSpec override_spec = { "override", override_names, 0x7, ELEMENT_OVERRIDE };

static gboolean
override_attribute (Reader     *r,
                    guint       index,
                    const char *value,
                    gpointer    data)
{
  g_string_assign (index == OVERRIDE_RULE ? r->id : index == OVERRIDE_PARAM ? r->ref : r->text, value);
  return TRUE;
}

static void
start_override (Reader *r)
{
  PpOverride *override;

  if (pp_plan_get_n_roots (r->plan) > 0)
    {
      reader_fail (r, _("an override comes after the units: list overrides first"));
      return;
    }

  if (!for_each_attribute (r, &override_spec, override_attribute, NULL))
    return;

  override = pp_plan_add_override (r->plan, r->id->str, r->ref->str, r->text->str);
  override->line = node_line (r);
  override->column = locate_column (r->filename, r->data, r->size, override->line, "override");
}

/* Which element may stand inside which: the content model of plan.xsd. */
static const char * const element_names[] = {
  "", "plan", "override", "unit", "post", "staff", "training", "project"
};
G_STATIC_ASSERT (G_N_ELEMENTS (element_names) == N_ELEMENTS);

static Element
element_from_name (Reader     *r,
                   const char *name)
{
  for (guint i = 1; i < N_ELEMENTS; i++)
    if (r->element_seen[i] == name)
      return i;
  for (guint i = 1; i < N_ELEMENTS; i++)
    if (strcmp (element_names[i], name) == 0)
      {
        r->element_seen[i] = name;
        return i;
      }
  return ELEMENT_NONE;
}

static Element
parent_of (Element element)
{
  switch (element)
    {
    case ELEMENT_PLAN:
      return ELEMENT_NONE;
    case ELEMENT_OVERRIDE:
      return ELEMENT_PLAN;
    case ELEMENT_POST:
    case ELEMENT_STAFF:
    case ELEMENT_PROJECT:
      return ELEMENT_UNIT;
    case ELEMENT_TRAINING:
      return ELEMENT_STAFF;
    case ELEMENT_UNIT:
    case ELEMENT_NONE:
    default:
      return ELEMENT_NONE;
    }
}

static void
start_element (Reader     *r,
               const char *name,
               Element     parent)
{
  Element element = element_from_name (r, name);

  if (!r->seen_root)
    {
      r->seen_root = TRUE;
      if (element != ELEMENT_PLAN)
        {
          reader_fail (r, _("this is not a PostPlan plan: the root element must be “plan” "
                            "in the namespace urn:postplan:plan:1"));
          return;
        }
      start_plan (r);
      return;
    }

  if (element == ELEMENT_NONE || element == ELEMENT_PLAN ||
      (element == ELEMENT_UNIT ? (parent != ELEMENT_PLAN && parent != ELEMENT_UNIT)
                               : parent != parent_of (element)))
    {
      reader_fail (r, _("“%s” is not allowed here: inside a unit come its posts, then its "
                        "staff, then its budget, then its units"), name);
      return;
    }

  r->unit = r->stack->len ? g_ptr_array_index (r->stack, r->stack->len - 1) : NULL;
  g_string_truncate (r->id, 0);
  g_string_truncate (r->text, 0);
  g_string_truncate (r->ref, 0);

  switch (element)
    {
    case ELEMENT_UNIT:
      start_unit (r);
      break;
    case ELEMENT_POST:
      start_post (r);
      break;
    case ELEMENT_STAFF:
      start_staff (r);
      break;
    case ELEMENT_TRAINING:
      start_training (r);
      break;
    case ELEMENT_PROJECT:
      start_project (r);
      break;
    case ELEMENT_OVERRIDE:
      start_override (r);
      break;
    case ELEMENT_PLAN:
    case ELEMENT_NONE:
    default:
      g_assert_not_reached ();
    }
}

static void
end_element (Reader  *r,
             Element  element)
{
  if (element == ELEMENT_UNIT && r->stack->len > 0)
    {
      pp_unit_trim (g_ptr_array_index (r->stack, r->stack->len - 1));
      g_ptr_array_set_size (r->stack, r->stack->len - 1);
    }
  else if (element == ELEMENT_STAFF)
    {
      r->staff = NULL;
    }
}

/* Reading -------------------------------------------------------------- */

/* Looks through the prolog (declaration, comments, processing
 * instructions) for a DOCTYPE, so that a DTD is refused before libxml2
 * parses a byte of it. Sets the line and column of "<!DOCTYPE". A prolog
 * longer than PROLOG_MAX counts as one: no plan has that much before it. */
#define PROLOG_MAX (1024 * 1024)

typedef enum
{
  PROLOG_CLEAN,
  PROLOG_DOCTYPE,
  PROLOG_TOO_LONG,
} Prolog;

static Prolog
scan_prolog (const char *buffer,
             gsize       length,
             int        *line,
             int        *column)
{
  const char *p, *end;

  length = MIN (length, PROLOG_MAX);
  p = buffer;
  end = buffer + length;
  *line = 1;
  *column = 1;

  while (p < end)
    {
      const char *skip_to = NULL;

      if (*p == '\n')
        {
          (*line)++;
          *column = 1;
          p++;
          continue;
        }
      if (*p != '<')
        {
          p++;
          (*column)++;
          continue;
        }
      if (end - p >= 9 && memcmp (p, "<!DOCTYPE", 9) == 0)
        return PROLOG_DOCTYPE;
      if (end - p >= 4 && memcmp (p, "<!--", 4) == 0)
        skip_to = g_strstr_len (p + 4, end - p - 4, "-->");
      else if (end - p >= 2 && p[1] == '?')
        skip_to = g_strstr_len (p + 2, end - p - 2, "?>");
      else
        return PROLOG_CLEAN;   /* the root element: no DOCTYPE came before it */

      if (skip_to == NULL)
        return length == PROLOG_MAX ? PROLOG_TOO_LONG : PROLOG_CLEAN;
      for (; p < skip_to; p++)
        {
          if (*p == '\n')
            {
              (*line)++;
              *column = 1;
            }
          else
            (*column)++;
        }
    }
  return length == PROLOG_MAX ? PROLOG_TOO_LONG : PROLOG_CLEAN;
}

static gboolean
check_size (const char  *filename,
            GError     **error)
{
  GStatBuf st;

  if (g_stat (filename, &st) != 0)
    {
      int saved = errno;
      g_set_error (error, PP_XML_ERROR, PP_XML_ERROR_IO, _("%s: cannot read the file: %s"),
                   filename, g_strerror (saved));
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      g_set_error (error, PP_XML_ERROR, PP_XML_ERROR_IO, _("%s: this is not a regular file"), filename);
      return FALSE;
    }
  if (st.st_size == 0)
    {
      g_set_error (error, PP_XML_ERROR, PP_XML_ERROR_MALFORMED,
                   _("%s:1:1: the file is empty: choose a plan file"), filename);
      return FALSE;
    }
  if ((gint64) st.st_size > PP_PLAN_MAX_FILE_SIZE)
    {
      g_set_error (error, PP_XML_ERROR, PP_XML_ERROR_TOO_LARGE,
                   _("%s: the file is larger than 2 GB, far more than any real plan: check that it is a plan"),
                   filename);
      return FALSE;
    }
  return TRUE;
}

static gboolean
refuse_prolog (const char  *filename,
               const char  *prolog,
               gsize        length,
               GError     **error)
{
  int line, column;

  switch (scan_prolog (prolog, length, &line, &column))
    {
    case PROLOG_DOCTYPE:
      g_set_error (error, PP_XML_ERROR, PP_XML_ERROR_DOCTYPE,
                   _("%s:%d:%d: the file has a DOCTYPE declaration, which PostPlan never accepts: remove it"),
                   filename, line, column);
      return TRUE;
    case PROLOG_TOO_LONG:
      g_set_error (error, PP_XML_ERROR, PP_XML_ERROR_MALFORMED,
                   _("%s:%d:%d: more than a megabyte of comments comes before the plan: "
                     "check that this is a plan file"), filename, line, column);
      return TRUE;
    case PROLOG_CLEAN:
    default:
      return FALSE;
    }
}

static PpPlan *
read_plan (xmlTextReader  *reader,
           const char     *filename,
           const char     *data,
           gsize           size,
           GError        **error)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  g_autoptr(GByteArray) open_elements = g_byte_array_new ();
  g_autoptr(PpPlan) plan = NULL;
  Reader r = { 0 };
  int status;

  pp_xml_init ();
  plan = pp_plan_new ();
  pp_plan_set_filename (plan, filename);

  r.filename = filename;
  r.data = data;
  r.size = size;
  r.reader = reader;
  r.plan = plan;
  r.stack = stack;
  r.id = g_string_new (NULL);
  r.text = g_string_new (NULL);
  r.ref = g_string_new (NULL);
  r.city = g_string_new (NULL);

  xmlTextReaderSetStructuredErrorHandler (reader, on_libxml_error, &r);

  xmlResetLastError ();
  while ((status = xmlTextReaderRead (reader)) == 1)
    {
      int type;

      if (r.first_error.code != XML_ERR_OK)
        break;

      type = xmlTextReaderNodeType (reader);
      if (type == XML_READER_TYPE_ELEMENT)
        {
          const char *ns = (const char *) xmlTextReaderConstNamespaceUri (reader);
          const char *name = (const char *) xmlTextReaderConstLocalName (reader);
          Element parent = open_elements->len ? open_elements->data[open_elements->len - 1] : ELEMENT_NONE;

          r.element = (const char *) xmlTextReaderConstName (reader);

          /* Plan files are UTF-8 (interfaces.md §1); a file in another
           * encoding is refused rather than decoded. */
          if (!r.seen_root && xmlTextReaderConstEncoding (reader) != NULL &&
              g_ascii_strcasecmp ((const char *) xmlTextReaderConstEncoding (reader), "UTF-8") != 0)
            reader_fail (&r, _("the file is in the %s encoding, but plan files are UTF-8: save it as UTF-8"),
                         (const char *) xmlTextReaderConstEncoding (reader));
          else if (open_elements->len > PP_PLAN_MAX_DEPTH)
            reader_fail (&r, _("the units are nested more than %d deep, far more than any real plan: "
                               "check the file"), PP_PLAN_MAX_DEPTH - 3);
          else if ((ns == NULL || strcmp (ns, PP_PLAN_NS) != 0) && r.seen_root)
            reader_fail (&r, _("element “%s” is not part of the plan format"), name);
          else if (ns == NULL || strcmp (ns, PP_PLAN_NS) != 0)
            reader_fail (&r, _("this is not a PostPlan plan: the root element must be “plan” "
                               "in the namespace urn:postplan:plan:1"));
          else
            {
              guint8 element = element_from_name (&r, name);

              start_element (&r, name, parent);
              if (r.error == NULL && xmlTextReaderIsEmptyElement (reader))
                end_element (&r, element);
              else if (r.error == NULL)
                g_byte_array_append (open_elements, &element, 1);
            }
        }
      else if (type == XML_READER_TYPE_END_ELEMENT)
        {
          end_element (&r, open_elements->data[open_elements->len - 1]);
          g_byte_array_set_size (open_elements, open_elements->len - 1);
        }
      else if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA)
        {
          r.element = open_elements->len ? element_names[open_elements->data[open_elements->len - 1]] : "";
          reader_fail (&r, _("there is text inside “%s”, which the plan format does not allow: remove it"),
                       r.element);
        }
      else if (type == XML_READER_TYPE_DOCUMENT_TYPE)
        {
          reader_fail (&r, _("the file has a DOCTYPE declaration, which PostPlan never accepts: remove it"));
        }
      else if (type == XML_READER_TYPE_ENTITY_REFERENCE)
        {
          reader_fail (&r, _("the file uses an entity, which PostPlan never expands: write the text out"));
        }

      if (r.error != NULL)
        break;
    }

  /* Some libxml2 versions keep a parse error only as the last error. */
  if (status != 0 && r.first_error.code == XML_ERR_OK && xmlGetLastError () != NULL)
    xmlCopyError (xmlGetLastError (), &r.first_error);
  if (r.error == NULL && (status != 0 || r.first_error.code != XML_ERR_OK))
    reader_fail_from_libxml (&r);
  if (r.error == NULL && !r.seen_root)
    g_set_error (&r.error, PP_XML_ERROR, PP_XML_ERROR_MALFORMED,
                 _("%s:1:1: the file contains no plan"), filename);

  xmlResetError (&r.first_error);
  g_string_free (r.id, TRUE);
  g_string_free (r.text, TRUE);
  g_string_free (r.ref, TRUE);
  g_string_free (r.city, TRUE);

  if (r.error != NULL)
    {
      g_propagate_error (error, r.error);
      return NULL;
    }

  return g_steal_pointer (&plan);
}

PpPlan *
pp_plan_read_file (const char  *filename,
                   GError     **error)
{
  g_autoptr(xmlTextReader) reader = NULL;
  g_autofree char *prolog = NULL;
  gsize length;
  FILE *file;

  pp_xml_init ();
  if (!check_size (filename, error))
    return NULL;

  if ((file = g_fopen (filename, "rb")) != NULL)
    {
      prolog = g_malloc (PROLOG_MAX);
      length = fread (prolog, 1, PROLOG_MAX, file);
      fclose (file);
      if (refuse_prolog (filename, prolog, length, error))
        return NULL;
    }

  reader = xmlReaderForFile (filename, NULL, PP_XML_PARSE_OPTIONS);
  if (reader == NULL)
    {
      g_set_error (error, PP_XML_ERROR, PP_XML_ERROR_IO, _("%s: cannot read the file"), filename);
      return NULL;
    }
  return read_plan (reader, filename, NULL, 0, error);
}

PpPlan *
pp_plan_read_memory (const char  *data,
                     gsize        size,
                     const char  *name,
                     GError     **error)
{
  g_autoptr(xmlTextReader) reader = NULL;

  pp_xml_init ();
  if (size == 0)
    {
      g_set_error (error, PP_XML_ERROR, PP_XML_ERROR_MALFORMED,
                   _("%s:1:1: the file is empty: choose a plan file"), name);
      return NULL;
    }
  if (size > G_MAXINT || refuse_prolog (name, data, size, error))
    return NULL;

  reader = xmlReaderForMemory (data, (int) size, name, NULL, PP_XML_PARSE_OPTIONS);
  if (reader == NULL)
    {
      g_set_error (error, PP_XML_ERROR, PP_XML_ERROR_IO, _("%s: cannot read the plan"), name);
      return NULL;
    }
  return read_plan (reader, name, data, size, error);
}
