#pragma once

namespace hoist::sandbox {

class SandboxState;

// Fills an empty state with realistic construction data: three companies, one with more
// projects than fit on a page, Documents trees with Drawings, Specifications, Submittals, RFIs,
// Photos, a read-only folder and a recycle bin, photo albums, drawing areas and sets, users.
void seedSandbox(SandboxState &state);

} // namespace hoist::sandbox
