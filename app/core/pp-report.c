/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "pp-report"

#include "config.h"

#include <glib/gi18n.h>

#include "pp-date.h"
#include "pp-report.h"
#include "pp-xml.h"

#define X(s) ((const xmlChar *) (s))

static void
format_date (const GDate *date,
             char         out[16])
{
  pp_date_format (date, out);
}

char *
pp_notice_format (PpCheck        *check,
                  const PpNotice *notice)
{
  g_autofree char *date = NULL;

  switch (notice->kind)
    {
    case PP_NOTICE_POLICY_EXPIRED:
      date = pp_date_format_display (&notice->date);
      /* TRANSLATORS: a pack id and the last day it was in force */
      return g_strdup_printf (_("Policy pack %s was in force until %s, before the plan date: "
                                "its rules are still checked, but a failure is reported as a warning."),
                              notice->pack, date);
    case PP_NOTICE_OVERRIDE:
      /* TRANSLATORS: rule id, parameter name, value */
      return g_strdup_printf (_("The plan overrides %s: %s = %s."), notice->rule, notice->param,
                              notice->value);
    case PP_NOTICE_READING:
      return g_strdup_printf (_("Reading of the policy text used by %s: %s = %s."), notice->rule,
                              notice->param, notice->value && notice->value[0] ? notice->value
                                                                              : _("(not set)"));
    default:
      g_assert_not_reached ();
    }
}

static const char *
notice_kind_name (PpNoticeKind kind)
{
  static const char * const names[] = { "policy-expired", "override", "reading" };
  return names[kind];
}

/* Ordering ------------------------------------------------------------- */

typedef struct
{
  PpUnit   *unit;
  PpStatus  worst;
} UnitEntry;

static gint
compare_units (gconstpointer a,
               gconstpointer b)
{
  const UnitEntry *ua = a, *ub = b;

  if (ua->worst != ub->worst)
    return ua->worst > ub->worst ? -1 : 1;
  return ua->unit->index < ub->unit->index ? -1 : ua->unit->index > ub->unit->index;
}

static gint
compare_results (gconstpointer a,
                 gconstpointer b)
{
  const PpResult *ra = *(const PpResult **) a;
  const PpResult *rb = *(const PpResult **) b;

  if (ra->status != rb->status)
    return ra->status > rb->status ? -1 : 1;
  return ra < rb ? -1 : ra > rb;
}

/* Text ----------------------------------------------------------------- */

static const char *
status_tag (PpStatus status)
{
  switch (status)
    {
    case PP_STATUS_FAIL:
      /* TRANSLATORS: a status tag in the text report; keep it short */
      return C_("status", "FAIL");
    case PP_STATUS_WARN:
      return C_("status", "WARN");
    case PP_STATUS_NA:
      return C_("status", "N/A");
    case PP_STATUS_PASS:
    default:
      return C_("status", "PASS");
    }
}

static const char *
status_color (PpStatus status)
{
  switch (status)
    {
    case PP_STATUS_FAIL:
      return "\033[1;31m";
    case PP_STATUS_WARN:
      return "\033[1;33m";
    case PP_STATUS_NA:
      return "\033[2m";
    default:
      return "\033[32m";
    }
}

static void
append_indented (GString    *out,
                 const char *text,
                 const char *indent)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    g_string_append_printf (out, "%s%s\n", indent, lines[i]);
}

static void
append_result (GString           *out,
               const PpResult    *result,
               PpReportTextFlags  flags)
{
  const PpRule *rule = pp_result_get_rule (result);
  const char *tag = status_tag (result->status);
  gboolean color = flags & PP_REPORT_TEXT_COLOR;
  g_autofree char *message = NULL;
  g_autofree char *details = NULL;

  g_string_append_printf (out, "  %s%-4s%s  %s  [%s]\n",
                          color ? status_color (result->status) : "", tag,
                          color ? "\033[0m" : "", rule->id, rule->clause);

  if (result->status == PP_STATUS_PASS)
    {
      g_autofree char *actual = pp_result_format_actual_words (result);
      g_string_append_printf (out, "        %s", pp_rule_get_title (rule));
      if (actual != NULL && actual[0] != '\0')
        g_string_append_printf (out, ": %s", actual);
      g_string_append_c (out, '\n');
      return;
    }

  message = pp_result_format_message (result);
  append_indented (out, message, "        ");
  details = pp_result_format_details (result);
  if (details != NULL)
    append_indented (out, details, "          · ");
}

static GPtrArray *
sorted_results (const PpResult *results,
                guint           n)
{
  GPtrArray *sorted = g_ptr_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (sorted, (gpointer) &results[i]);
  g_ptr_array_sort (sorted, compare_results);
  return sorted;
}

char *
pp_report_format_text (PpCheck           *check,
                       PpReportTextFlags  flags)
{
  PpPlan *plan = pp_check_get_plan (check);
  PpPack *pack = pp_check_get_pack (check);
  GPtrArray *units = pp_plan_get_units (plan);
  g_autoptr(GArray) entries = g_array_sized_new (FALSE, FALSE, sizeof (UnitEntry), units->len);
  GString *out = g_string_new (NULL);
  const PpNotice *notices;
  const PpResult *results;
  guint n_notices, n;
  g_autofree char *date = pp_date_format_display (pp_check_get_date (check));

  g_string_append_printf (out, "%s\n", pp_plan_get_title (plan)[0] ? pp_plan_get_title (plan)
                                                                   : _("Untitled plan"));
  if (pack != NULL)
    /* TRANSLATORS: pack id and its title */
    g_string_append_printf (out, _("Policy: %s — %s\n"), pack->id, pp_pack_get_title (pack));
  g_string_append_printf (out, _("Plan date: %s\n"), date);
  /* TRANSLATORS: the counts of results by status */
  g_string_append_printf (out, _("Results: %u fail, %u warn, %u not applicable, %u pass\n"),
                          pp_check_get_count (check, PP_STATUS_FAIL),
                          pp_check_get_count (check, PP_STATUS_WARN),
                          pp_check_get_count (check, PP_STATUS_NA),
                          pp_check_get_count (check, PP_STATUS_PASS));

  notices = pp_check_get_notices (check, &n_notices);
  if (n_notices > 0)
    {
      g_string_append_printf (out, "\n%s\n", _("Notices:"));
      for (guint i = 0; i < n_notices; i++)
        {
          g_autofree char *text = pp_notice_format (check, &notices[i]);
          g_string_append_printf (out, "  %s %s\n",
                                  notices[i].kind == PP_NOTICE_POLICY_EXPIRED ? "!" : "·", text);
        }
    }

  results = pp_check_get_plan_results (check, &n);
  if (n > 0)
    {
      g_autoptr(GPtrArray) sorted = sorted_results (results, n);

      g_string_append_printf (out, "\n%s\n", _("Whole plan"));
      for (guint i = 0; i < sorted->len; i++)
        append_result (out, sorted->pdata[i], flags);
    }

  for (guint i = 0; i < units->len; i++)
    {
      UnitEntry entry = { g_ptr_array_index (units, i), PP_STATUS_PASS };

      pp_check_get_unit_results (check, entry.unit, &n);
      if (n == 0)
        continue;
      entry.worst = pp_check_get_unit_status (check, entry.unit);
      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_units);

  for (guint i = 0; i < entries->len; i++)
    {
      PpUnit *unit = g_array_index (entries, UnitEntry, i).unit;
      g_autoptr(GPtrArray) sorted = NULL;

      results = pp_check_get_unit_results (check, unit, &n);
      sorted = sorted_results (results, n);
      /* TRANSLATORS: unit name, unit id, unit type */
      g_string_append_printf (out, "\n%s (%s) · %s\n", unit->name, unit->id,
                              pp_unit_type_get_label (unit->type));
      for (guint r = 0; r < sorted->len; r++)
        append_result (out, sorted->pdata[r], flags);
    }

  return g_string_free (out, FALSE);
}

/* XML ------------------------------------------------------------------ */

static gboolean
write_result (xmlTextWriter  *w,
              const PpResult *result)
{
  g_autofree char *actual = pp_result_format_actual (result);
  g_autofree char *required = pp_result_format_required (result);
  g_autofree char *message = pp_result_format_message (result);
  gboolean problem = result->status == PP_STATUS_FAIL || result->status == PP_STATUS_WARN;
  char number[24];
  int rc = 0;

  rc |= xmlTextWriterStartElement (w, X ("result"));
  rc |= xmlTextWriterWriteAttribute (w, X ("rule"), X (pp_result_get_rule (result)->id));
  rc |= xmlTextWriterWriteAttribute (w, X ("unit"), X (result->unit ? result->unit->id : ""));
  rc |= xmlTextWriterWriteAttribute (w, X ("status"), X (pp_status_to_string (result->status)));
  if (actual != NULL)
    rc |= xmlTextWriterWriteAttribute (w, X ("actual"), X (actual));
  if (required != NULL)
    rc |= xmlTextWriterWriteAttribute (w, X ("required"), X (required));

#define REMEDY(field)                                                        \
  if (problem && result->field > 0)                                          \
    {                                                                        \
      g_snprintf (number, sizeof number, "%" G_GINT64_FORMAT, result->field); \
      rc |= xmlTextWriterWriteAttribute (w, X (#field), X (number));         \
    }
  REMEDY (add);
  REMEDY (convert);
  REMEDY (remove);
#undef REMEDY

  rc |= xmlTextWriterWriteString (w, X (message));
  rc |= xmlTextWriterEndElement (w);
  return rc >= 0;
}

char *
pp_report_format_xml (PpCheck  *check,
                      GError  **error)
{
  PpPlan *plan = pp_check_get_plan (check);
  PpPack *pack = pp_check_get_pack (check);
  GPtrArray *units = pp_plan_get_units (plan);
  g_autoptr(xmlTextWriter) w = NULL;
  xmlBuffer *buffer = xmlBufferCreate ();
  const PpResult *results;
  const PpNotice *notices;
  guint n, n_notices;
  char date[16], number[16];
  gboolean ok = TRUE;
  char *text;

  w = xmlNewTextWriterMemory (buffer, 0);
  xmlTextWriterSetIndent (w, 1);
  xmlTextWriterSetIndentString (w, X ("  "));
  format_date (pp_check_get_date (check), date);

  ok &= xmlTextWriterStartDocument (w, "1.0", "UTF-8", NULL) >= 0;
  ok &= xmlTextWriterStartElement (w, X ("report")) >= 0;
  ok &= xmlTextWriterWriteAttribute (w, X ("xmlns"), X (PP_REPORT_NS)) >= 0;
  ok &= xmlTextWriterWriteAttribute (w, X ("plan"), X (pp_plan_get_title (plan))) >= 0;
  ok &= xmlTextWriterWriteAttribute (w, X ("policy"), X (pack ? pack->id : "")) >= 0;
  ok &= xmlTextWriterWriteAttribute (w, X ("date"), X (date)) >= 0;
  for (PpStatus s = PP_STATUS_PASS; s < PP_N_STATUSES; s++)
    {
      static const PpStatus order[] = { PP_STATUS_PASS, PP_STATUS_FAIL, PP_STATUS_WARN, PP_STATUS_NA };
      g_snprintf (number, sizeof number, "%u", pp_check_get_count (check, order[s]));
      ok &= xmlTextWriterWriteAttribute (w, X (pp_status_to_string (order[s])), X (number)) >= 0;
    }

  results = pp_check_get_plan_results (check, &n);
  for (guint i = 0; i < n; i++)
    ok &= write_result (w, &results[i]);

  for (guint u = 0; u < units->len && ok; u++)
    {
      results = pp_check_get_unit_results (check, g_ptr_array_index (units, u), &n);
      for (guint i = 0; i < n; i++)
        ok &= write_result (w, &results[i]);
    }

  notices = pp_check_get_notices (check, &n_notices);
  for (guint i = 0; i < n_notices; i++)
    {
      const PpNotice *notice = &notices[i];
      g_autofree char *words = pp_notice_format (check, notice);

      ok &= xmlTextWriterStartElement (w, X ("notice")) >= 0;
      ok &= xmlTextWriterWriteAttribute (w, X ("kind"), X (notice_kind_name (notice->kind))) >= 0;
      ok &= xmlTextWriterWriteAttribute (w, X ("pack"), X (notice->pack)) >= 0;
      if (notice->kind == PP_NOTICE_POLICY_EXPIRED)
        {
          format_date (&notice->date, date);
          ok &= xmlTextWriterWriteAttribute (w, X ("last-day"), X (date)) >= 0;
        }
      else
        {
          ok &= xmlTextWriterWriteAttribute (w, X ("rule"), X (notice->rule)) >= 0;
          ok &= xmlTextWriterWriteAttribute (w, X ("param"), X (notice->param)) >= 0;
          ok &= xmlTextWriterWriteAttribute (w, X ("value"), X (notice->value ? notice->value : "")) >= 0;
        }
      ok &= xmlTextWriterWriteString (w, X (words)) >= 0;
      ok &= xmlTextWriterEndElement (w) >= 0;
    }

  ok &= xmlTextWriterEndElement (w) >= 0;
  ok &= xmlTextWriterEndDocument (w) >= 0;
  g_clear_pointer (&w, xmlFreeTextWriter);

  if (!ok)
    {
      xmlBufferFree (buffer);
      g_set_error (error, PP_XML_ERROR, PP_XML_ERROR_IO, _("The report could not be written"));
      return NULL;
    }

  text = g_strndup ((const char *) xmlBufferContent (buffer), xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  return text;
}
