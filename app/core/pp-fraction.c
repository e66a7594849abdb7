/* SPDX-License-Identifier: GPL-3.0-or-later */

#define G_LOG_DOMAIN "pp-fraction"

#include "config.h"

#include <stdlib.h>

#include "pp-fraction.h"

static gboolean
parse_non_negative (const char  *text,
                    const char **end,
                    gint64      *out)
{
  guint64 value = 0;
  const char *s = text;

  if (!g_ascii_isdigit (*s))
    return FALSE;

  for (; g_ascii_isdigit (*s); s++)
    {
      value = value * 10 + (guint64) (*s - '0');
      if (value > PP_FRACTION_MAX_DENOMINATOR)
        return FALSE;
    }

  *end = s;
  *out = (gint64) value;
  return TRUE;
}

/* Accepts "p/q" and "N%" (a whole percentage), nothing else: a threshold
 * written as a decimal would invite rounding questions the policies never
 * ask. */
gboolean
pp_fraction_parse (const char *text,
                   PpFraction *out)
{
  const char *end;
  gint64 p, q;

  if (text == NULL || !parse_non_negative (text, &end, &p))
    return FALSE;

  if (end[0] == '%' && end[1] == '\0')
    {
      q = 100;
    }
  else if (end[0] == '/')
    {
      if (!parse_non_negative (end + 1, &end, &q) || *end != '\0' || q == 0)
        return FALSE;
    }
  else
    {
      return FALSE;
    }

  out->p = p;
  out->q = q;
  return TRUE;
}

/* Tenths of a percent, rounded half up, printed without a trailing ".0"
 * only when the value is whole. */
static char *
format_permille (gint64 a,
                 gint64 n,
                 gboolean trim)
{
  gint64 tenths = (a * 1000 + n / 2) / n;

  if (trim && tenths % 10 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT "%%", tenths / 10);

  return g_strdup_printf ("%" G_GINT64_FORMAT ".%" G_GINT64_FORMAT "%%",
                          tenths / 10, tenths % 10);
}

char *
pp_fraction_format_percent (PpFraction fraction)
{
  g_return_val_if_fail (fraction.q > 0, NULL);

  if ((fraction.p * 100) % fraction.q == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT "%%", fraction.p * 100 / fraction.q);

  return format_permille (fraction.p, fraction.q, FALSE);
}

char *
pp_share_format_percent (gint64 a,
                         gint64 n)
{
  g_return_val_if_fail (n > 0, NULL);
  return format_permille (a, n, FALSE);
}

static const struct
{
  const char *name;
  const char *symbol;
} bounds[] = {
  [PP_BOUND_AT_LEAST] = { "at-least", ">=" },
  [PP_BOUND_MORE_THAN] = { "more-than", ">" },
  [PP_BOUND_AT_MOST] = { "at-most", "<=" },
  [PP_BOUND_LESS_THAN] = { "less-than", "<" },
};

gboolean
pp_bound_from_string (const char *text,
                      PpBound    *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (bounds); i++)
    {
      if (g_strcmp0 (text, bounds[i].name) == 0)
        {
          *out = (PpBound) i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
pp_bound_to_symbol (PpBound bound)
{
  g_return_val_if_fail (bound < G_N_ELEMENTS (bounds), "?");
  return bounds[bound].symbol;
}

gint64
pp_div_ceil (gint64 numerator,
             gint64 denominator)
{
  g_assert (denominator > 0);

  if (numerator <= 0)
    return -((-numerator) / denominator);

  return (numerator + denominator - 1) / denominator;
}

gboolean
pp_share_meets (PpBound    bound,
                PpFraction t,
                gint64     a,
                gint64     n)
{
  /* Compare q·a with p·n. */
  gint64 lhs = t.q * a;
  gint64 rhs = t.p * n;

  switch (bound)
    {
    case PP_BOUND_AT_LEAST:
      return lhs >= rhs;
    case PP_BOUND_MORE_THAN:
      return lhs > rhs;
    case PP_BOUND_AT_MOST:
      return lhs <= rhs;
    case PP_BOUND_LESS_THAN:
      return lhs < rhs;
    default:
      g_assert_not_reached ();
    }
}

/* The smallest x that makes the bound hold, for each way of moving: see
 * rules.md §1. For strict bounds the ceiling of a non-strict solution
 * becomes "floor + 1", since equality is not enough. */
PpRemedy
pp_share_remedy (PpBound    bound,
                 PpFraction t,
                 gint64     a,
                 gint64     n)
{
  PpRemedy remedy = { -1, -1 };
  gint64 gap;

  if (pp_share_meets (bound, t, a, n))
    {
      remedy.add = 0;
      remedy.convert = 0;
      return remedy;
    }

  switch (bound)
    {
    case PP_BOUND_AT_LEAST:
      gap = t.p * n - t.q * a;
      if (t.p <= t.q)
        remedy.convert = pp_div_ceil (gap, t.q);
      if (t.p < t.q)
        remedy.add = pp_div_ceil (gap, t.q - t.p);
      break;

    case PP_BOUND_MORE_THAN:
      gap = t.p * n - t.q * a;
      if (t.p < t.q)
        {
          remedy.convert = gap / t.q + 1;
          remedy.add = gap / (t.q - t.p) + 1;
        }
      break;

    case PP_BOUND_AT_MOST:
      gap = t.q * a - t.p * n;
      remedy.convert = pp_div_ceil (gap, t.q);
      if (t.p > 0)
        remedy.add = pp_div_ceil (gap, t.p);
      break;

    case PP_BOUND_LESS_THAN:
      gap = t.q * a - t.p * n;
      if (t.p > 0)
        {
          remedy.convert = gap / t.q + 1;
          remedy.add = gap / t.p + 1;
        }
      break;

    default:
      g_assert_not_reached ();
    }

  /* Converting more posts than exist cannot work. */
  if (remedy.convert > (bound == PP_BOUND_AT_LEAST || bound == PP_BOUND_MORE_THAN ? n - a : a))
    remedy.convert = -1;

  return remedy;
}
