/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-plan-reader.c: a streaming, hardened reader of plan XML.
 *
 * The file is validated against data/schema/plan.xsd while it streams
 * through xmlTextReader, and the model is built from the same stream; the
 * first error stops everything. What the schema cannot say (unique ids,
 * staff/@post, level only on regions, a known policy) is checked here. */

#define G_LOG_DOMAIN "pp-plan-reader"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "pp-data.h"
#include "pp-pack.h"
#include "pp-plan-io.h"
#include "pp-xml.h"

/* plan > units > staff > training: 60 levels of units is far beyond any
 * real plan, and keeps well clear of libxml2's own limit of 256. */
#define PP_PLAN_MAX_DEPTH 63

typedef struct
{
  const char      *filename;
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
  GString         *error_element;
} Reader;

static void
on_libxml_error (void          *user_data,
                 PpXmlErrorArg *error)
{
  Reader *r = user_data;
  xmlNode *node = error ? error->node : NULL;

  /* The validator runs ahead of the node the reader is on, so the name of
   * the element at fault is taken now, while its node is alive. */
  if (r->first_error.code == XML_ERR_OK && node != NULL && node->type == XML_ELEMENT_NODE)
    {
      g_string_assign (r->error_element, (const char *) node->name);
    }
  else if (r->first_error.code == XML_ERR_OK && error != NULL && error->message != NULL)
    {
      /* Streaming validation has no nodes; its messages start with
       * "Element '{namespace}name'". */
      const char *start = strstr (error->message, "Element '");
      const char *end;

      if (start != NULL)
        {
          start += strlen ("Element '");
          end = strchr (start, '\'');
          if (end != NULL && *start == '{' && (start = strchr (start, '}')) != NULL && start < end)
            start++;
          if (end != NULL && start < end)
            g_string_append_len (g_string_truncate (r->error_element, 0), start, end - start);
        }
    }
  pp_xml_keep_first_error (&r->first_error, error);
}

/* The column of "<NAME" on a line of the file, counted in characters,
 * or 1 when it is not there. libxml2 keeps only the line of a node, and
 * its parser position runs ahead of the node being read. */
static int
locate_column (const char *filename,
               int         line,
               const char *name)
{
  g_autofree char *needle = g_strconcat ("<", name, NULL);
  FILE *file = g_fopen (filename, "rb");
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
    const char *name = (const char *) xmlTextReaderConstName (r->reader);

    g_set_error (&r->error, PP_XML_ERROR, PP_XML_ERROR_INVALID, "%s:%d:%d: %s",
                 r->filename, line, locate_column (r->filename, line, name ? name : ""), what);
  }
}

static void
reader_fail_from_libxml (Reader *r)
{
  g_autofree char *what = pp_xml_describe_error (&r->first_error);
  int line = r->first_error.line;
  int column = r->first_error.int2;

  /* Validation errors carry the node's line but no column. */
  if (r->first_error.domain == XML_FROM_SCHEMASV && r->error_element->len > 0 && line > 0)
    column = locate_column (r->filename, line, r->error_element->str);
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

  if (*text == '\0')
    return FALSE;
  for (const char *s = text; *s; s++)
    {
      if (!g_ascii_isdigit (*s))
        return FALSE;
      value = value * 10 + (guint64) (*s - '0');
      if (value > max)
        return FALSE;
    }
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

static gboolean
read_date (const char *text,
           GDate      *date)
{
  int y, m, d;
  char tail;

  if (sscanf (text, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || strlen (text) != 10 ||
      !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/* Calls func for every attribute in no namespace; attributes in other
 * namespaces belong to other programs and are skipped. */
typedef gboolean (*AttrFunc) (Reader *r, const char *name, const char *value, gpointer data);

static gboolean
for_each_attribute (Reader   *r,
                    AttrFunc  func,
                    gpointer  data)
{
  gboolean ok = TRUE;

  while (ok && xmlTextReaderMoveToNextAttribute (r->reader) == 1)
    {
      const xmlChar *ns = xmlTextReaderConstNamespaceUri (r->reader);

      if (ns != NULL)
        continue;
      ok = func (r,
                 (const char *) xmlTextReaderConstLocalName (r->reader),
                 (const char *) xmlTextReaderConstValue (r->reader),
                 data);
    }
  xmlTextReaderMoveToElement (r->reader);
  return ok && r->error == NULL;
}

/* Elements ------------------------------------------------------------- */

static gboolean
plan_attribute (Reader     *r,
                const char *name,
                const char *value,
                gpointer    data)
{
  if (strcmp (name, "title") == 0)
    pp_plan_set_title (r->plan, value);
  else if (strcmp (name, "policy") == 0)
    pp_plan_set_policy (r->plan, value);
  else if (strcmp (name, "date") == 0)
    {
      GDate date;
      if (!read_date (value, &date))
        {
          reader_fail (r, _("the plan date “%s” is not a date: write it as YYYY-MM-DD"), value);
          return FALSE;
        }
      pp_plan_set_date (r->plan, &date);
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

  if (!for_each_attribute (r, plan_attribute, NULL))
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

typedef struct
{
  PpUnitType    type;
  PpRegionLevel level;
  guint         flags;
  guint32       drivers[PP_N_DRIVERS];
} UnitAttrs;

static gboolean
unit_attribute (Reader     *r,
                const char *name,
                const char *value,
                gpointer    data)
{
  UnitAttrs *u = data;
  PpDriver driver;

  if (strcmp (name, "id") == 0)
    g_string_assign (r->id, value);
  else if (strcmp (name, "name") == 0)
    g_string_assign (r->text, value);
  else if (strcmp (name, "type") == 0)
    {
      if (!pp_unit_type_from_string (value, &u->type))
        {
          reader_fail (r, _("“%s” is not a unit type"), value);
          return FALSE;
        }
    }
  else if (strcmp (name, "level") == 0)
    {
      if (!pp_region_level_from_string (value, &u->level))
        {
          reader_fail (r, _("“%s” is not a region level: use province, city or county"), value);
          return FALSE;
        }
    }
  else if (strcmp (name, "public-institution") == 0)
    return read_flag (r, name, value, &u->flags, PP_UNIT_PUBLIC_INSTITUTION);
  else if (strcmp (name, "pilot") == 0)
    return read_flag (r, name, value, &u->flags, PP_UNIT_PILOT);
  else if (strcmp (name, "county-seat") == 0)
    return read_flag (r, name, value, &u->flags, PP_UNIT_COUNTY_SEAT);
  else if (pp_driver_from_string (name, &driver))
    return read_count (r, name, value, &u->drivers[driver]);
  return TRUE;
}

static void
start_unit (Reader *r)
{
  UnitAttrs attrs = { .type = PP_N_UNIT_TYPES };
  g_autoptr(GError) local_error = NULL;
  PpUnit *parent = r->stack->len ? g_ptr_array_index (r->stack, r->stack->len - 1) : NULL;
  const char *id;
  PpUnit *unit;

  if (!for_each_attribute (r, unit_attribute, &attrs))
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
  if (!xmlTextReaderIsEmptyElement (r->reader))
    g_ptr_array_add (r->stack, unit);
}

typedef struct
{
  PpPost    post;
  guint     flags;
} PostAttrs;

static gboolean
post_attribute (Reader     *r,
                const char *name,
                const char *value,
                gpointer    data)
{
  PostAttrs *p = data;

  switch (name[0])
    {
    case 'i':
      if (strcmp (name, "id") == 0)
        g_string_assign (r->id, value);
      break;
    case 't':
      if (strcmp (name, "title") == 0)
        g_string_assign (r->text, value);
      break;
    case 'c':
      if (strcmp (name, "count") == 0)
        return read_count (r, name, value, &p->post.count);
      if (strcmp (name, "category") == 0)
        {
          PpCategory category;
          if (!pp_category_from_string (value, &category))
            {
              reader_fail (r, _("“%s” is not a post category: use management, professional or skilled"),
                           value);
              return FALSE;
            }
          p->post.category = category;
        }
      break;
    case 'f':
      if (strcmp (name, "filled") == 0)
        return read_count (r, name, value, &p->post.filled);
      break;
    case 'l':
      if (strcmp (name, "level") == 0)
        {
          guint64 level;
          if (!parse_uint (value, 13, &level))
            {
              reader_fail (r, _("level “%s” is not a post level: levels run from 0 to 13"), value);
              return FALSE;
            }
          p->post.level = (gint8) level;
        }
      break;
    case 's':
      if (strcmp (name, "social-work") == 0)
        return read_flag (r, name, value, &p->flags, PP_POST_SOCIAL_WORK);
      if (strcmp (name, "special") == 0)
        return read_flag (r, name, value, &p->flags, PP_POST_SPECIAL);
      break;
    case 'n':
      if (strcmp (name, "new") == 0)
        return read_flag (r, name, value, &p->flags, PP_POST_NEW);
      break;
    case 'g':
      if (strcmp (name, "graduate-reserved") == 0)
        return read_count (r, name, value, &p->post.graduate_reserved);
      break;
    default:
      break;
    }
  return TRUE;
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

  if (!for_each_attribute (r, post_attribute, &attrs))
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
    reader_fail (r, "%s", local_error->message);
}

typedef struct
{
  PpCertificate certificate;
  gboolean      directed;
} StaffAttrs;

static gboolean
staff_attribute (Reader     *r,
                 const char *name,
                 const char *value,
                 gpointer    data)
{
  StaffAttrs *s = data;

  if (strcmp (name, "id") == 0)
    g_string_assign (r->id, value);
  else if (strcmp (name, "post") == 0)
    g_string_assign (r->ref, value);
  else if (strcmp (name, "directed-city") == 0)
    {
      g_string_assign (r->city, value);
      s->directed = TRUE;
    }
  else if (strcmp (name, "certificate") == 0 && !pp_certificate_from_string (value, &s->certificate))
    {
      reader_fail (r, _("“%s” is not a certificate: use none, worker, assistant, intermediate or senior"),
                   value);
      return FALSE;
    }
  return TRUE;
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

  if (!for_each_attribute (r, staff_attribute, &attrs))
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

typedef struct
{
  guint64 year;
  guint32 hours;
} TrainingAttrs;

static gboolean
training_attribute (Reader     *r,
                    const char *name,
                    const char *value,
                    gpointer    data)
{
  TrainingAttrs *t = data;

  if (strcmp (name, "year") == 0 &&
      (!parse_uint (value, PP_YEAR_MAX, &t->year) || t->year < PP_YEAR_MIN))
    {
      reader_fail (r, _("the training year “%s” is not a year from %d to %d"),
                   value, PP_YEAR_MIN, PP_YEAR_MAX);
      return FALSE;
    }
  if (strcmp (name, "hours") == 0)
    return read_count (r, name, value, &t->hours);
  return TRUE;
}

static void
start_training (Reader *r)
{
  g_autoptr(GError) local_error = NULL;
  TrainingAttrs attrs = { 0 };

  if (r->staff == NULL)
    {
      reader_fail (r, _("training hours belong inside a staff record"));
      return;
    }

  if (!for_each_attribute (r, training_attribute, &attrs))
    return;

  if (!pp_staff_add_training (r->staff, (gint32) attrs.year, (gint32) attrs.hours, &local_error))
    reader_fail (r, "%s", local_error->message);
}

static gboolean
project_attribute (Reader     *r,
                   const char *name,
                   const char *value,
                   gpointer    data)
{
  PpProject *project = data;

  if (strcmp (name, "funds") == 0)
    return read_money (r, name, value, &project->funds);
  if (strcmp (name, "labour") == 0)
    return read_money (r, name, value, &project->labour);
  if (strcmp (name, "overhead") == 0)
    return read_money (r, name, value, &project->overhead);
  if (strcmp (name, "supervision") == 0)
    return read_money (r, name, value, &project->supervision);
  if (strcmp (name, "cycle-years") == 0)
    return read_count (r, name, value, &project->cycle_years);
  if (strcmp (name, "field") == 0 && !pp_field_from_string (value, &project->field))
    {
      reader_fail (r, _("“%s” is not a service field"), value);
      return FALSE;
    }
  return TRUE;
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

  if (!for_each_attribute (r, project_attribute, &project))
    return;
  *pp_unit_ensure_project (r->unit) = project;
}

static gboolean
override_attribute (Reader     *r,
                    const char *name,
                    const char *value,
                    gpointer    data)
{
  if (strcmp (name, "rule") == 0)
    g_string_assign (r->id, value);
  else if (strcmp (name, "param") == 0)
    g_string_assign (r->ref, value);
  else if (strcmp (name, "value") == 0)
    g_string_assign (r->text, value);
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

  if (!for_each_attribute (r, override_attribute, NULL))
    return;

  override = pp_plan_add_override (r->plan, r->id->str, r->ref->str, r->text->str);
  override->line = xmlTextReaderGetParserLineNumber (r->reader);
  override->column = xmlTextReaderGetParserColumnNumber (r->reader);
}

static void
start_element (Reader     *r,
               const char *name)
{
  if (!r->seen_root)
    {
      r->seen_root = TRUE;
      if (strcmp (name, "plan") != 0)
        {
          reader_fail (r, _("this is not a PostPlan plan: the root element is “%s”, not “plan”"), name);
          return;
        }
      start_plan (r);
      return;
    }

  r->unit = r->stack->len ? g_ptr_array_index (r->stack, r->stack->len - 1) : NULL;
  g_string_truncate (r->id, 0);
  g_string_truncate (r->text, 0);
  g_string_truncate (r->ref, 0);

  if (strcmp (name, "unit") == 0)
    start_unit (r);
  else if (strcmp (name, "post") == 0 && r->unit)
    start_post (r);
  else if (strcmp (name, "staff") == 0 && r->unit)
    start_staff (r);
  else if (strcmp (name, "training") == 0)
    start_training (r);
  else if (strcmp (name, "project") == 0 && r->unit)
    start_project (r);
  else if (strcmp (name, "override") == 0 && r->stack->len == 0)
    start_override (r);
  else
    reader_fail (r, _("“%s” is not allowed here"), name);
}

static void
end_element (Reader     *r,
             const char *name)
{
  if (strcmp (name, "unit") == 0 && r->stack->len > 0)
    {
      pp_unit_trim (g_ptr_array_index (r->stack, r->stack->len - 1));
      g_ptr_array_set_size (r->stack, r->stack->len - 1);
    }
  else if (strcmp (name, "staff") == 0)
    {
      r->staff = NULL;
    }
}

/* Reading -------------------------------------------------------------- */

/* Looks through the prolog (declaration, comments, processing
 * instructions) for a DOCTYPE, so that a DTD is refused before libxml2
 * parses a byte of it. Sets the line and column of "<!DOCTYPE". */
static gboolean
prolog_has_doctype (const char *filename,
                    int        *line,
                    int        *column)
{
  char buffer[65536];
  gsize length;
  FILE *file = g_fopen (filename, "rb");
  const char *p, *end;

  if (file == NULL)
    return FALSE;
  length = fread (buffer, 1, sizeof buffer, file);
  fclose (file);

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
        return TRUE;
      if (end - p >= 4 && memcmp (p, "<!--", 4) == 0)
        skip_to = g_strstr_len (p + 4, end - p - 4, "-->");
      else if (end - p >= 2 && p[1] == '?')
        skip_to = g_strstr_len (p + 2, end - p - 2, "?>");
      else
        return FALSE;   /* the root element: no DOCTYPE came before it */

      if (skip_to == NULL)
        return FALSE;
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
  return FALSE;
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

PpPlan *
pp_plan_read_file (const char  *filename,
                   GError     **error)
{
  /* Declared first so that it is freed last: the reader uses it. */
  g_autoptr(xmlSchemaValidCtxt) valid = NULL;
  g_autoptr(xmlTextReader) reader = NULL;
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  g_autoptr(PpPlan) plan = NULL;
  xmlSchema *schema;
  Reader r = { 0 };
  int status;

  if (!check_size (filename, error))
    return NULL;

  {
    int line, column;
    if (prolog_has_doctype (filename, &line, &column))
      {
        g_set_error (error, PP_XML_ERROR, PP_XML_ERROR_DOCTYPE,
                     _("%s:%d:%d: the file has a DOCTYPE declaration, which PostPlan never accepts: remove it"),
                     filename, line, column);
        return NULL;
      }
  }

  if (!(schema = pp_xml_get_schema ("plan.xsd", error)))
    return NULL;

  reader = xmlReaderForFile (filename, NULL, PP_XML_PARSE_OPTIONS);
  if (reader == NULL)
    {
      g_set_error (error, PP_XML_ERROR, PP_XML_ERROR_IO, _("%s: cannot read the file"), filename);
      return NULL;
    }

  plan = pp_plan_new ();
  pp_plan_set_filename (plan, filename);

  r.filename = filename;
  r.reader = reader;
  r.plan = plan;
  r.stack = stack;
  r.id = g_string_new (NULL);
  r.text = g_string_new (NULL);
  r.ref = g_string_new (NULL);
  r.city = g_string_new (NULL);
  r.error_element = g_string_new (NULL);

  xmlTextReaderSetStructuredErrorHandler (reader, on_libxml_error, &r);
  valid = xmlSchemaNewValidCtxt (schema);
  xmlSchemaSetValidStructuredErrors (valid, on_libxml_error, &r);
  if (xmlTextReaderSchemaValidateCtxt (reader, valid, 0) != 0)
    {
      g_set_error (error, PP_XML_ERROR, PP_XML_ERROR_IO, _("%s: cannot start validation"), filename);
      return NULL;
    }

  xmlResetLastError ();
  while ((status = xmlTextReaderRead (reader)) == 1)
    {
      int type;

      if (r.first_error.code != XML_ERR_OK)
        break;

      type = xmlTextReaderNodeType (reader);
      if (type == XML_READER_TYPE_ELEMENT && xmlTextReaderDepth (reader) > PP_PLAN_MAX_DEPTH)
        {
          reader_fail (&r, _("the units are nested more than %d deep, far more than any real plan: "
                             "check the file"), PP_PLAN_MAX_DEPTH - 3);
        }
      else if (type == XML_READER_TYPE_ELEMENT)
        {
          const char *ns = (const char *) xmlTextReaderConstNamespaceUri (reader);
          const char *name = (const char *) xmlTextReaderConstLocalName (reader);

          if (ns == NULL || strcmp (ns, PP_PLAN_NS) != 0)
            {
              if (!r.seen_root)
                reader_fail (&r, _("this is not a PostPlan plan: its root element is not in the "
                                   "namespace %s"), PP_PLAN_NS);
              else
                reader_fail (&r, _("element “%s” is not part of the plan format"), name);
            }
          else
            {
              start_element (&r, name);
              if (r.error == NULL && xmlTextReaderIsEmptyElement (reader))
                end_element (&r, name);
            }
        }
      else if (type == XML_READER_TYPE_END_ELEMENT)
        {
          end_element (&r, (const char *) xmlTextReaderConstLocalName (reader));
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

  /* With a schema plugged in, libxml2 2.9 does not pass well-formedness
   * errors to the handler; they are still kept as the last error. */
  if (status != 0 && r.first_error.code == XML_ERR_OK && xmlGetLastError () != NULL)
    xmlCopyError (xmlGetLastError (), &r.first_error);
  if (r.error == NULL && (status != 0 || r.first_error.code != XML_ERR_OK))
    reader_fail_from_libxml (&r);
  if (r.error == NULL && !r.seen_root)
    g_set_error (&r.error, PP_XML_ERROR, PP_XML_ERROR_MALFORMED,
                 _("%s:1:1: the file is empty"), filename);

  xmlResetError (&r.first_error);
  g_string_free (r.id, TRUE);
  g_string_free (r.text, TRUE);
  g_string_free (r.ref, TRUE);
  g_string_free (r.city, TRUE);
  g_string_free (r.error_element, TRUE);

  if (r.error != NULL)
    {
      g_propagate_error (error, r.error);
      return NULL;
    }

  return g_steal_pointer (&plan);
}
