/* SPDX-License-Identifier: GPL-3.0-or-later */
/* pp-import-prompt.h: a plan file given to the application (a double
 * click in the file manager, `postplan FILE`) is imported only once the
 * planner has said so: the library gets a copy, and the file is left as
 * it was. */

#pragma once

#include "pp-window.h"

G_BEGIN_DECLS

/* Presents a dialog, transient for window, that names the file and asks
 * to import it; "import" imports it with pp_window_import_file () (which
 * says where and why a bad file is refused), "cancel" does nothing.
 * Returns the dialog, owned by GTK. */
AdwMessageDialog *pp_import_prompt_present (PpWindow *window,
                                            GFile    *file);

G_END_DECLS
