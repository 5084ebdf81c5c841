// Copyright 2026 The tiqu Authors.
//
// Umbrella header: include this to use tiqu.  See extractor.h for how to
// start, document.h for what comes back, span.h for offsets.

#ifndef TIQU_TIQU_H_
#define TIQU_TIQU_H_

#include "tiqu/document.h"  // IWYU pragma: export
#include "tiqu/extractor.h"  // IWYU pragma: export
#include "tiqu/span.h"  // IWYU pragma: export

#endif  // TIQU_TIQU_H_
