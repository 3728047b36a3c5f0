#ifndef LEDE_HEAP_H
#define LEDE_HEAP_H

/// Gives the memory the C library's heaps hold free back to the system (glibc's
/// `malloc_trim`), so that a long-running reader's footprint follows what it still uses.
/// Does nothing where the C library has no such call.
void lede_release_free_heap(void);

#endif
