"""Site load management: the allocator (pure, :mod:`domain.load.allocator`), the capacity tree and its
settings (:mod:`domain.load.tree`), the allocation service that sends the chargers their limits
(:mod:`domain.load.service`)."""
