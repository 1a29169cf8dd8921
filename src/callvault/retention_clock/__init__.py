"""The retention clock: which data types a workspace may limit, the days it chose, and the
instant before which an item is expired. Every domain reads it on each list, get and search;
the policies are set, and the expired items purged, by governance above the domains."""
