use super::*;

fn h(s: &str) -> Hash {
    let mut out = [0u8; 32];
    hex::decode_to_slice(s, &mut out).unwrap();
    out
}

/// The RFC 6962 reference leaves used by every Certificate Transparency implementation.
fn reference_leaves() -> Vec<Hash> {
    [
        "",
        "00",
        "10",
        "2021",
        "3031",
        "40414243",
        "5051525354555657",
        "606162636465666768696a6b6c6d6e6f",
    ]
    .iter()
    .map(|x| leaf_hash(&hex::decode(x).unwrap()))
    .collect()
}

const ROOTS: [&str; 8] = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
];

/// MTH straight from RFC 6962 §2.1, recursively over all leaves.
fn naive_root(leaves: &[Hash]) -> Hash {
    match leaves.len() {
        0 => empty_root(),
        1 => leaves[0],
        n => {
            let k = split(n as u64) as usize;
            node_hash(&naive_root(&leaves[..k]), &naive_root(&leaves[k..]))
        }
    }
}

/// PATH from RFC 6962 §2.1.1.
fn naive_path(m: usize, leaves: &[Hash]) -> Vec<Hash> {
    let n = leaves.len();
    if n <= 1 {
        return vec![];
    }
    let k = split(n as u64) as usize;
    if m < k {
        let mut p = naive_path(m, &leaves[..k]);
        p.push(naive_root(&leaves[k..]));
        p
    } else {
        let mut p = naive_path(m - k, &leaves[k..]);
        p.push(naive_root(&leaves[..k]));
        p
    }
}

/// SUBPROOF from RFC 6962 §2.1.2.
fn naive_subproof(m: usize, leaves: &[Hash], complete: bool) -> Vec<Hash> {
    let n = leaves.len();
    if m == n {
        return if complete {
            vec![]
        } else {
            vec![naive_root(leaves)]
        };
    }
    let k = split(n as u64) as usize;
    if m <= k {
        let mut p = naive_subproof(m, &leaves[..k], complete);
        p.push(naive_root(&leaves[k..]));
        p
    } else {
        let mut p = naive_subproof(m - k, &leaves[k..], false);
        p.push(naive_root(&leaves[..k]));
        p
    }
}

/// A node source over in-memory complete subtrees, counting reads.
fn source(leaves: &[Hash]) -> (Vec<Vec<Hash>>, std::cell::Cell<usize>) {
    (complete_subtrees(leaves), std::cell::Cell::new(0))
}

fn fetch<'a>(
    levels: &'a [Vec<Hash>],
    reads: &'a std::cell::Cell<usize>,
) -> impl FnMut(u32, u64) -> Result<Hash, ()> + 'a {
    move |level, index| {
        reads.set(reads.get() + 1);
        levels
            .get(level as usize)
            .and_then(|l| l.get(index as usize))
            .copied()
            .ok_or(())
    }
}

fn test_leaves(n: usize) -> Vec<Hash> {
    (0..n)
        .map(|i| leaf_hash(format!("leaf {i}").as_bytes()))
        .collect()
}

#[test]
fn reference_roots_match_the_rfc_6962_known_answers() {
    let leaves = reference_leaves();
    let (levels, reads) = source(&leaves);
    for (n, want) in ROOTS.iter().enumerate() {
        assert_eq!(
            hex::encode(root(n as u64 + 1, &mut fetch(&levels, &reads)).unwrap()),
            *want
        );
        assert_eq!(hex::encode(naive_root(&leaves[..=n])), *want);
    }
    assert_eq!(
        hex::encode(empty_root()),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
}

#[test]
fn reference_inclusion_proofs_match_the_known_answers() {
    let leaves = reference_leaves();
    let (levels, reads) = source(&leaves);
    let cases: [(u64, u64, &[&str]); 5] = [
        (
            0,
            8,
            &[
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
            ],
        ),
        (
            5,
            8,
            &[
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            ],
        ),
        (
            2,
            3,
            &["fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"],
        ),
        (
            1,
            5,
            &[
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            ],
        ),
        (0, 1, &[]),
    ];
    for (index, size, want) in cases {
        let proof = inclusion_proof(index, size, &mut fetch(&levels, &reads)).unwrap();
        let got: Vec<String> = proof.iter().map(hex::encode).collect();
        assert_eq!(got, want, "index {index} size {size}");
        assert!(verify_inclusion(
            index,
            size,
            &leaves[index as usize],
            &proof,
            &h(ROOTS[size as usize - 1])
        ));
    }
}

#[test]
fn reference_consistency_proofs_match_the_known_answers() {
    let leaves = reference_leaves();
    let (levels, reads) = source(&leaves);
    let cases: [(u64, u64, &[&str]); 4] = [
        (
            1,
            8,
            &[
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
            ],
        ),
        (
            6,
            8,
            &[
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            ],
        ),
        (
            2,
            5,
            &[
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            ],
        ),
        (3, 3, &[]),
    ];
    for (from, to, want) in cases {
        let proof = consistency_proof(from, to, &mut fetch(&levels, &reads)).unwrap();
        let got: Vec<String> = proof.iter().map(hex::encode).collect();
        assert_eq!(got, want, "{from} → {to}");
        let (first, second) = (h(ROOTS[from as usize - 1]), h(ROOTS[to as usize - 1]));
        assert!(verify_consistency(from, to, &first, &second, &proof));
    }
}

/// Every way of damaging a valid inclusion proof must be rejected.
fn inclusion_corruptions_fail(index: u64, size: u64, leaf: &Hash, proof: &[Hash], root: &Hash) {
    let reject = |i: u64, s: u64, l: &Hash, p: &[Hash], r: &Hash, what: &str| {
        assert!(
            !verify_inclusion(i, s, l, p, r),
            "accepted {what} for index {index} size {size}"
        );
    };
    for k in 0..proof.len() {
        let mut p = proof.to_vec();
        p[k][k % 32] ^= 1 << (k % 8);
        reject(index, size, leaf, &p, root, "a bit flip");
    }
    for wrong in [index.wrapping_sub(1), index + 1, index ^ 2] {
        if wrong != index && wrong < size {
            reject(wrong, size, leaf, proof, root, "a wrong index");
        }
    }
    reject(index, size * 2, leaf, proof, root, "a doubled size");
    if size / 2 > index {
        reject(index, size / 2, leaf, proof, root, "a halved size");
    }
    let mut extra = proof.to_vec();
    extra.push(*root);
    reject(index, size, leaf, &extra, root, "a trailing extra element");
    let mut front = vec![[0u8; 32]];
    front.extend_from_slice(proof);
    reject(index, size, leaf, &front, root, "a leading extra element");
    if !proof.is_empty() {
        reject(
            index,
            size,
            leaf,
            &proof[..proof.len() - 1],
            root,
            "a missing element",
        );
    }
    reject(
        index,
        size,
        &leaf_hash(b"another leaf"),
        proof,
        root,
        "a wrong leaf",
    );
    reject(index, size, leaf, proof, &empty_root(), "a wrong root");
}

fn consistency_corruptions_fail(from: u64, to: u64, first: &Hash, second: &Hash, proof: &[Hash]) {
    let reject = |f: u64, t: u64, a: &Hash, b: &Hash, p: &[Hash], what: &str| {
        assert!(
            !verify_consistency(f, t, a, b, p),
            "accepted {what} for {from} → {to}"
        );
    };
    for k in 0..proof.len() {
        let mut p = proof.to_vec();
        p[k][31 - k % 32] ^= 0x80 >> (k % 8);
        reject(from, to, first, second, &p, "a bit flip");
    }
    for wrong in [from - 1, from + 1, from ^ 2] {
        if wrong != from {
            reject(wrong, to, first, second, proof, "a wrong first size");
        }
    }
    reject(from, to * 2, first, second, proof, "a doubled second size");
    if to / 2 >= from && to / 2 != to {
        reject(from, to / 2, first, second, proof, "a halved second size");
    }
    reject(from, to, second, first, proof, "swapped roots");
    reject(from, to, first, second, &[], "an empty proof");
    let mut extra = proof.to_vec();
    extra.push(*first);
    reject(from, to, first, second, &extra, "a trailing extra element");
    let mut front = vec![proof[0]];
    front.extend_from_slice(proof);
    reject(from, to, first, second, &front, "a leading extra element");
    reject(
        from,
        to,
        first,
        second,
        &proof[..proof.len() - 1],
        "a missing element",
    );
}

#[test]
fn every_inclusion_proof_up_to_128_leaves_matches_the_naive_recursion_and_verifies() {
    let leaves = test_leaves(128);
    let (levels, reads) = source(&leaves);
    for size in 1..=128u64 {
        let want_root = naive_root(&leaves[..size as usize]);
        assert_eq!(root(size, &mut fetch(&levels, &reads)).unwrap(), want_root);
        for index in 0..size {
            reads.set(0);
            let proof = inclusion_proof(index, size, &mut fetch(&levels, &reads)).unwrap();
            assert!(reads.get() <= 2 * 64, "O(log n) reads");
            assert_eq!(
                proof,
                naive_path(index as usize, &leaves[..size as usize]),
                "{index}/{size}"
            );
            assert!(verify_inclusion(
                index,
                size,
                &leaves[index as usize],
                &proof,
                &want_root
            ));
            inclusion_corruptions_fail(index, size, &leaves[index as usize], &proof, &want_root);
        }
    }
}

#[test]
fn every_consistency_proof_up_to_128_leaves_matches_the_naive_recursion_and_verifies() {
    let leaves = test_leaves(128);
    let (levels, reads) = source(&leaves);
    for to in 1..=128u64 {
        let second = naive_root(&leaves[..to as usize]);
        for from in 1..=to {
            let first = naive_root(&leaves[..from as usize]);
            let proof = consistency_proof(from, to, &mut fetch(&levels, &reads)).unwrap();
            let want = if from == to {
                vec![]
            } else {
                naive_subproof(from as usize, &leaves[..to as usize], true)
            };
            assert_eq!(proof, want, "{from} → {to}");
            assert!(
                verify_consistency(from, to, &first, &second, &proof),
                "{from} → {to}"
            );
            if from < to {
                consistency_corruptions_fail(from, to, &first, &second, &proof);
            }
        }
    }
}

#[test]
fn proofs_read_a_logarithmic_number_of_stored_hashes() {
    let leaves = test_leaves(1000);
    let (levels, reads) = source(&leaves);
    reads.set(0);
    inclusion_proof(377, 1000, &mut fetch(&levels, &reads)).unwrap();
    assert!(reads.get() <= 20, "{} reads", reads.get());
    reads.set(0);
    consistency_proof(377, 1000, &mut fetch(&levels, &reads)).unwrap();
    assert!(reads.get() <= 30, "{} reads", reads.get());
}

#[test]
fn a_frontier_appends_exactly_the_completed_subtrees_and_tracks_the_root() {
    let leaves = test_leaves(100);
    let levels = complete_subtrees(&leaves);
    let mut frontier = Frontier::empty();
    let mut written = Vec::new();
    for (i, leaf) in leaves.iter().enumerate() {
        frontier.append(*leaf, &mut written);
        assert_eq!(frontier.root(), naive_root(&leaves[..=i]));
        let peaks: Vec<Hash> = Frontier::positions(i as u64 + 1)
            .iter()
            .map(|(l, x)| levels[*l as usize][*x as usize])
            .collect();
        assert_eq!(
            Frontier::from_peaks(i as u64 + 1, &peaks).unwrap(),
            frontier
        );
    }
    let expected: usize = levels.iter().map(Vec::len).sum();
    assert_eq!(written.len(), expected);
    for (level, index, hash) in written {
        assert_eq!(levels[level as usize][index as usize], hash);
    }
    assert_eq!(Frontier::empty().root(), empty_root());
}

#[test]
fn a_dry_run_names_exactly_the_nodes_a_proof_reads() {
    let leaves = test_leaves(77);
    let (levels, reads) = source(&leaves);
    let direct = inclusion_proof(30, 77, &mut fetch(&levels, &reads)).unwrap();
    let wanted = nodes_read_by(|node: &mut dyn FnMut(u32, u64) -> Result<Hash, ()>| {
        inclusion_proof(30, 77, &mut |l, i| node(l, i))
    })
    .unwrap();
    assert!(wanted.len() <= 2 * 7);
    let fetched: std::collections::HashMap<(u32, u64), Hash> = wanted
        .iter()
        .map(|&(l, i)| ((l, i), levels[l as usize][i as usize]))
        .collect();
    let batched =
        inclusion_proof(30, 77, &mut |l, i| fetched.get(&(l, i)).copied().ok_or(())).unwrap();
    assert_eq!(direct, batched);
}

#[test]
fn a_frontier_given_covering_subtrees_for_a_stretch_has_the_same_root() {
    let leaves: Vec<Hash> = (0..45u32)
        .map(|i| {
            let mut leaf = [0u8; 32];
            leaf[..4].copy_from_slice(&i.to_be_bytes());
            leaf
        })
        .collect();
    for from in 0..45u64 {
        for to in from..=45u64 {
            let mut f = Frontier::empty();
            for leaf in &leaves[..from as usize] {
                f.append(*leaf, &mut Vec::new());
            }
            for (level, index) in covering(from, to) {
                let start = (index << level) as usize;
                let subtree = naive_root(&leaves[start..start + (1 << level)]);
                assert!(f.append_subtree(level, subtree), "{from}..{to}");
            }
            for leaf in &leaves[to as usize..] {
                f.append(*leaf, &mut Vec::new());
            }
            assert_eq!(f.size(), 45);
            assert_eq!(f.root(), naive_root(&leaves), "{from}..{to}");
        }
    }
    let mut f = Frontier::empty();
    f.append(leaves[0], &mut Vec::new());
    assert!(
        !f.append_subtree(1, leaves[1]),
        "a subtree of two cannot start at 1"
    );
    assert_eq!(f.size(), 1);
}
