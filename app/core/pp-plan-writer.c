/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-plan-writer.c: plan XML out, through xmlTextWriter.
 *
 * The output is canonical: attributes in a fixed order, defaults (false,
 * 0, none) left out except count and filled, two-space indentation. So an
 * export of an import of an export is byte-identical to the first. */

#define G_LOG_DOMAIN "pp-plan-writer"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "pp-atomic-file.h"
#include "pp-date.h"
#include "pp-plan-io.h"
#include "pp-xml.h"

#define X(s) ((const xmlChar *) (s))

#define CHECKED_SLOTS 256

typedef struct
{
  xmlTextWriter *w;
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

  /* Text with nothing to escape skips the writer's escaping copy. */
  if (plain)
    {
      if (xmlTextWriterStartAttribute (wr->w, X (name)) < 0 ||
          xmlTextWriterWriteRaw (wr->w, X (value)) < 0 ||
          xmlTextWriterEndAttribute (wr->w) < 0)
        wr->failed = TRUE;
    }
  else if (xmlTextWriterWriteAttribute (wr->w, X (name), X (value)) < 0)
    {
      wr->failed = TRUE;
    }
}

/* Numbers need no escaping, so they skip the writer's escaping pass. */
static void
attr_uint (Writer     *wr,
           const char *name,
           guint64     value)
{
  char digits[24];
  int len = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, value);

  if (xmlTextWriterStartAttribute (wr->w, X (name)) < 0 ||
      xmlTextWriterWriteRawLen (wr->w, X (digits), len) < 0 ||
      xmlTextWriterEndAttribute (wr->w) < 0)
    wr->failed = TRUE;
}

static void
attr_flag (Writer     *wr,
           const char *name,
           gboolean    value)
{
  if (value && xmlTextWriterWriteAttribute (wr->w, X (name), X ("true")) < 0)
    wr->failed = TRUE;
}

static void
start (Writer     *wr,
       const char *name)
{
  if (xmlTextWriterStartElement (wr->w, X (name)) < 0)
    wr->failed = TRUE;
}

static void
end (Writer *wr)
{
  if (xmlTextWriterEndElement (wr->w) < 0)
    wr->failed = TRUE;
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
write_plan (PpPlan         *plan,
            xmlTextWriter  *w,
            GError        **error)
{
  Writer wr = { w, FALSE, NULL, { NULL }, { FALSE } };
  GPtrArray *overrides = pp_plan_get_overrides (plan);
  const GDate *date = pp_plan_get_date (plan);

  xmlTextWriterSetIndent (w, 1);
  xmlTextWriterSetIndentString (w, X ("  "));

  if (xmlTextWriterStartDocument (w, "1.0", "UTF-8", NULL) < 0)
    return FALSE;

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
  if (wr.failed || xmlTextWriterEndDocument (w) < 0 || xmlTextWriterFlush (w) < 0)
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
  xmlOutputBuffer *out;
  g_autoptr(xmlTextWriter) w = NULL;

  out = xmlOutputBufferCreateFile (stream, NULL);
  w = xmlNewTextWriter (out);
  if (!write_plan (plan, w, error))
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
  g_autoptr(xmlTextWriter) w = NULL;

  if (!(file = pp_atomic_file_new (filename, error)))
    return FALSE;

  w = xmlNewTextWriter (xmlOutputBufferCreateFile (pp_atomic_file_get_stream (file), NULL));
  if (!write_plan (plan, w, error))
    return FALSE;
  g_clear_pointer (&w, xmlFreeTextWriter);
  return pp_atomic_file_commit (g_steal_pointer (&file), error);
}
