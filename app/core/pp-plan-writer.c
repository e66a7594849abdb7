/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-plan-writer.c: plan XML out.
 *
 * The output is canonical: attributes in a fixed order, defaults (false,
 * 0, none) left out except count and filled, two-space indentation. So an
 * export of an import of an export is byte-identical to the first.
 *
 * Plan files are elements and attributes only, so the writer is ours: a
 * buffer written out in large blocks, the layout libxml2's xmlTextWriter
 * gives with two-space indentation (earlier versions used it; their files
 * and these are byte for byte the same), in under a third of its time. */

#define G_LOG_DOMAIN "pp-plan-writer"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "pp-atomic-file.h"
#include "pp-date.h"
#include "pp-plan-io.h"
#include "pp-xml.h"

#define CHECKED_SLOTS 256
/* The buffer goes out to the file when it holds this much. */
#define FLUSH_AT (256 * 1024)
/* Each level of nesting: two spaces. */
#define INDENT "  "

typedef struct
{
  FILE          *out;
  GString       *buf;
  GPtrArray     *open;       /* names of the elements open, outermost first */
  gboolean       tag_open;   /* the innermost start tag still takes attributes */
  gboolean       failed;
  char          *bad_text;   /* a value XML cannot carry, for the message */
  /* Titles and names are interned: a plan of a million posts has a few
   * dozen distinct ones, so each is checked once, not once per post. */
  const char    *checked[CHECKED_SLOTS];
  gboolean       plain[CHECKED_SLOTS];
} Writer;

/* XML 1.0 cannot carry most C0 controls, U+FFFE or U+FFFF, nor bytes that
 * are not UTF-8; the reader would refuse a file holding them. *plain says
 * whether the text can be written as it is, with nothing to escape. */
static gboolean
is_xml_text (const char *text,
             gboolean   *plain)
{
  const guchar *s = (const guchar *) text;

  *plain = TRUE;
  for (; *s; s++)
    {
      if (*s < 0x20)
        {
          if (*s != '\t' && *s != '\n' && *s != '\r')
            return FALSE;
          *plain = FALSE;
        }
      else if (*s == '&' || *s == '<' || *s == '>' || *s == '"')
        {
          *plain = FALSE;
        }
      else if (s[0] == 0xEF && s[1] == 0xBF && (s[2] == 0xBE || s[2] == 0xBF))
        {
          return FALSE;
        }
    }
  return g_utf8_validate (text, -1, NULL);
}

static void
flush (Writer *wr)
{
  if (wr->buf->len > 0 && fwrite (wr->buf->str, 1, wr->buf->len, wr->out) != wr->buf->len)
    wr->failed = TRUE;
  g_string_truncate (wr->buf, 0);
}

static void
indent (Writer *wr,
        guint   depth)
{
  for (guint i = 0; i < depth; i++)
    g_string_append_len (wr->buf, INDENT, sizeof INDENT - 1);
}

/* As xmlTextWriter escapes an attribute's value in a UTF-8 document:
 * & < > and " as entities (not the apostrophe: values are in double
 * quotes), and tab, newline and carriage return as character references,
 * so that they survive the reader's normalisation of attribute values. */
static void
append_escaped (GString    *buf,
                const char *text)
{
  for (const char *p = text; *p; p++)
    {
      switch (*p)
        {
        case '&': g_string_append_len (buf, "&amp;", 5); break;
        case '<': g_string_append_len (buf, "&lt;", 4); break;
        case '>': g_string_append_len (buf, "&gt;", 4); break;
        case '"': g_string_append_len (buf, "&quot;", 6); break;
        case '\t': g_string_append_len (buf, "&#9;", 4); break;
        case '\n': g_string_append_len (buf, "&#10;", 5); break;
        case '\r': g_string_append_len (buf, "&#13;", 5); break;
        default: g_string_append_c (buf, *p); break;
        }
    }
}

/* ` name="`: the value and its closing quote follow. */
static void
attr_start (Writer     *wr,
            const char *name)
{
  g_string_append_c (wr->buf, ' ');
  g_string_append (wr->buf, name);
  g_string_append_len (wr->buf, "=\"", 2);
}

static void
attr (Writer     *wr,
      const char *name,
      const char *value)
{
  guint slot = (GPOINTER_TO_UINT (value) >> 3) % CHECKED_SLOTS;
  gboolean plain;

  if (wr->checked[slot] == value)
    {
      plain = wr->plain[slot];
    }
  else if (is_xml_text (value, &plain))
    {
      wr->checked[slot] = value;
      wr->plain[slot] = plain;
    }
  else
    {
      if (wr->bad_text == NULL)
        wr->bad_text = g_utf8_make_valid (value, -1);
      wr->failed = TRUE;
      return;
    }

  attr_start (wr, name);
  /* Most text has nothing to escape: it is copied as it is. */
  if (plain)
    g_string_append (wr->buf, value);
  else
    append_escaped (wr->buf, value);
  g_string_append_c (wr->buf, '"');
}

static void
attr_uint (Writer     *wr,
           const char *name,
           guint64     value)
{
  char digits[24];
  char *p = digits + sizeof digits;

  /* By hand: a million posts have five numbers each, and printf's
   * formatting machinery was a tenth of an export. */
  do
    *--p = (char) ('0' + value % 10);
  while ((value /= 10) > 0);
  attr_start (wr, name);
  g_string_append_len (wr->buf, p, digits + sizeof digits - p);
  g_string_append_c (wr->buf, '"');
}

static void
attr_flag (Writer     *wr,
           const char *name,
           gboolean    value)
{
  if (value)
    attr (wr, name, "true");
}

static void
start (Writer     *wr,
       const char *name)
{
  if (wr->tag_open)
    g_string_append_len (wr->buf, ">\n", 2);
  indent (wr, wr->open->len);
  g_string_append_c (wr->buf, '<');
  g_string_append (wr->buf, name);
  g_ptr_array_add (wr->open, (gpointer) name);
  wr->tag_open = TRUE;
}

static void
end (Writer *wr)
{
  const char *name = g_ptr_array_steal_index (wr->open, wr->open->len - 1);

  if (wr->tag_open)
    {
      g_string_append_len (wr->buf, "/>\n", 3);
    }
  else
    {
      indent (wr, wr->open->len);
      g_string_append_len (wr->buf, "</", 2);
      g_string_append (wr->buf, name);
      g_string_append_len (wr->buf, ">\n", 2);
    }
  wr->tag_open = FALSE;
  if (wr->buf->len >= FLUSH_AT)
    flush (wr);
}

static void
write_post (Writer       *wr,
            const PpPost *post)
{
  start (wr, "post");
  attr (wr, "id", post->id);
  attr (wr, "title", post->title);
  if (post->category != PP_CATEGORY_NONE)
    attr (wr, "category", pp_category_to_string (post->category));
  if (post->level >= 0)
    attr_uint (wr, "level", post->level);
  attr_flag (wr, "social-work", post->flags & PP_POST_SOCIAL_WORK);
  attr_uint (wr, "count", post->count);
  attr_uint (wr, "filled", post->filled);
  attr_flag (wr, "special", post->flags & PP_POST_SPECIAL);
  attr_flag (wr, "new", post->flags & PP_POST_NEW);
  if (post->graduate_reserved > 0)
    attr_uint (wr, "graduate-reserved", post->graduate_reserved);
  end (wr);
}

static void
write_staff (Writer        *wr,
             PpUnit        *unit,
             const PpStaff *staff)
{
  start (wr, "staff");
  attr (wr, "id", staff->id);
  attr (wr, "post", unit->posts[staff->post].id);
  if (staff->certificate != PP_CERT_NONE)
    attr (wr, "certificate", pp_certificate_to_string (staff->certificate));
  if (staff->directed_city != NULL)
    attr (wr, "directed-city", staff->directed_city);
  for (guint i = 0; i < staff->n_training; i++)
    {
      start (wr, "training");
      attr_uint (wr, "year", staff->training[i].year);
      attr_uint (wr, "hours", staff->training[i].hours);
      end (wr);
    }
  end (wr);
}

static void
write_project (Writer          *wr,
               const PpProject *project)
{
  start (wr, "project");
  attr_uint (wr, "funds", project->funds);
  attr_uint (wr, "labour", project->labour);
  attr_uint (wr, "overhead", project->overhead);
  attr_uint (wr, "supervision", project->supervision);
  if (project->field != PP_FIELD_NONE)
    attr (wr, "field", pp_field_to_string (project->field));
  if (project->cycle_years > 0)
    attr_uint (wr, "cycle-years", project->cycle_years);
  end (wr);
}

/* Iterative, so a deep plan cannot exhaust the stack. */
static void
write_units (Writer *wr,
             PpPlan *plan)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (PpUnit *));

  for (guint i = pp_plan_get_n_roots (plan); i-- > 0;)
    {
      PpUnit *root = pp_plan_get_root (plan, i);
      g_array_append_val (stack, root);
    }

  while (stack->len > 0 && !wr->failed)
    {
      PpUnit *unit = g_array_index (stack, PpUnit *, stack->len - 1);

      g_array_set_size (stack, stack->len - 1);

      /* NULL marks the end of a unit whose children have been written. */
      if (unit == NULL)
        {
          end (wr);
          continue;
        }

      start (wr, "unit");
      attr (wr, "id", unit->id);
      attr (wr, "type", pp_unit_type_to_string (unit->type));
      if (unit->level != PP_REGION_NONE)
        attr (wr, "level", pp_region_level_to_string (unit->level));
      attr (wr, "name", unit->name);
      attr_flag (wr, "public-institution", unit->flags & PP_UNIT_PUBLIC_INSTITUTION);
      for (guint d = 0; d < PP_N_DRIVERS; d++)
        if (unit->drivers[d] > 0)
          attr_uint (wr, pp_driver_to_string (d), unit->drivers[d]);
      attr_flag (wr, "pilot", unit->flags & PP_UNIT_PILOT);
      attr_flag (wr, "county-seat", unit->flags & PP_UNIT_COUNTY_SEAT);

      for (guint i = 0; i < unit->n_posts; i++)
        write_post (wr, &unit->posts[i]);
      for (guint i = 0; i < unit->n_staff; i++)
        write_staff (wr, unit, &unit->staff[i]);
      if (unit->project != NULL)
        write_project (wr, unit->project);

      {
        PpUnit *marker = NULL;
        g_array_append_val (stack, marker);
      }
      for (guint i = unit->n_children; i-- > 0;)
        g_array_append_val (stack, unit->children[i]);
    }
}

static gboolean
write_plan (PpPlan  *plan,
            FILE    *out,
            GError **error)
{
  g_autoptr(GString) buf = g_string_sized_new (FLUSH_AT + 4096);
  g_autoptr(GPtrArray) open = g_ptr_array_new ();
  Writer wr = { out, buf, open, FALSE, FALSE, NULL, { NULL }, { FALSE } };
  GPtrArray *overrides = pp_plan_get_overrides (plan);
  const GDate *date = pp_plan_get_date (plan);

  g_string_append (buf, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  start (&wr, "plan");
  attr (&wr, "xmlns", PP_PLAN_NS);
  attr (&wr, "version", "1");
  attr (&wr, "title", pp_plan_get_title (plan));
  if (pp_plan_get_policy (plan)[0] != '\0')
    attr (&wr, "policy", pp_plan_get_policy (plan));
  if (g_date_valid (date))
    {
      char text[11];
      pp_date_format (date, text);
      attr (&wr, "date", text);
    }

  for (guint i = 0; i < overrides->len; i++)
    {
      PpOverride *override = g_ptr_array_index (overrides, i);
      start (&wr, "override");
      attr (&wr, "rule", override->rule);
      attr (&wr, "param", override->param);
      attr (&wr, "value", override->value);
      end (&wr);
    }

  write_units (&wr, plan);
  end (&wr);

  if (wr.bad_text != NULL)
    {
      g_strdelimit (wr.bad_text, "\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12"
                                 "\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f", '?');
      g_set_error (error, PP_XML_ERROR, PP_XML_ERROR_INVALID,
                   _("“%s” contains a control character that plan files cannot hold: remove it and export again"),
                   wr.bad_text);
      g_free (wr.bad_text);
      return FALSE;
    }
  flush (&wr);
  if (wr.failed || fflush (out) != 0)
    {
      g_set_error (error, PP_XML_ERROR, PP_XML_ERROR_IO, _("The plan could not be written"));
      return FALSE;
    }
  return TRUE;
}

gboolean
pp_plan_write_stream (PpPlan  *plan,
                      FILE    *stream,
                      GError **error)
{
  if (!write_plan (plan, stream, error))
    return FALSE;
  if (ferror (stream))
    {
      g_set_error (error, PP_XML_ERROR, PP_XML_ERROR_IO, _("The plan could not be written"));
      return FALSE;
    }
  return TRUE;
}

gboolean
pp_plan_write_file (PpPlan      *plan,
                    const char  *filename,
                    GError     **error)
{
  g_autoptr(PpAtomicFile) file = NULL;

  if (!(file = pp_atomic_file_new (filename, error)))
    return FALSE;
  if (!write_plan (plan, pp_atomic_file_get_stream (file), error))
    return FALSE;
  return pp_atomic_file_commit (g_steal_pointer (&file), error);
}
