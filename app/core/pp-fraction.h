/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-fraction.h: exact shares and the remedies of rules.md §1. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Thresholds are held as p/q so that every comparison is an exact
 * cross-multiplication: 7 of 10 at ">= 70%" passes, 69 of 99 fails.
 * Denominators are capped so that q·n never overflows 64 bits for any
 * count or amount the model accepts. */
#define PP_FRACTION_MAX_DENOMINATOR 1000000

typedef struct
{
  gint64 p;
  gint64 q;
} PpFraction;

typedef enum
{
  PP_BOUND_AT_LEAST,   /* a/n >= p/q */
  PP_BOUND_MORE_THAN,  /* a/n >  p/q */
  PP_BOUND_AT_MOST,    /* a/n <= p/q */
  PP_BOUND_LESS_THAN,  /* a/n <  p/q */
} PpBound;

/* A remedy that does not exist is reported as -1. */
typedef struct
{
  gint64 add;
  gint64 convert;
} PpRemedy;

gboolean   pp_fraction_parse          (const char  *text,
                                       PpFraction  *out);
char      *pp_fraction_format_percent (PpFraction   fraction);
char      *pp_share_format_percent    (gint64       a,
                                       gint64       n);

gboolean   pp_bound_from_string       (const char  *text,
                                       PpBound     *out);
const char *pp_bound_to_symbol        (PpBound      bound);

gboolean   pp_share_meets             (PpBound      bound,
                                       PpFraction   threshold,
                                       gint64       a,
                                       gint64       n);
PpRemedy   pp_share_remedy            (PpBound      bound,
                                       PpFraction   threshold,
                                       gint64       a,
                                       gint64       n);

/* A bound in words: "at least 70%" (pp-rule-text.c). */
char      *pp_words_bound             (PpBound      bound,
                                       PpFraction   threshold);

gint64     pp_div_ceil                (gint64       numerator,
                                       gint64       denominator);

G_END_DECLS
