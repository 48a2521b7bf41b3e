import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput, ApiResult } from '../../../electron/api/contract';
import { call, uploadForRestore } from '../../api/client';
import { errorText } from '../../components/errors';

type RestoreSource = ApiInput<'admin.restore'>;

/** A backup the server has checked, waiting for the user to confirm replacing today's data. */
export interface RestoreCandidate {
  source: RestoreSource;
  label: string;
  summary: ApiResult<'admin.inspectBackup'>;
}

export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * Restoring in two steps: inspect (nothing changes; a damaged or foreign file is refused with the
 * server's reason) and then, once confirmed, restore the very same file.
 */
export function useRestore() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [candidate, setCandidate] = useState<RestoreCandidate | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const restore = useMutation({
    mutationFn: async (chosen: RestoreCandidate) => ({ label: chosen.label, ...(await call('admin.restore', chosen.source)) }),
    onSuccess: async () => {
      setCandidate(null);
      // Everything on screen came from the data just replaced.
      await queryClient.invalidateQueries();
    },
    onError: (error) => {
      setCandidate(null);
      setProblem(errorText(t, error));
    },
  });

  const inspect = useMutation({
    mutationFn: async ({ source, label }: { source: RestoreSource; label: string }): Promise<RestoreCandidate> => ({
      source,
      label,
      summary: await call('admin.inspectBackup', source),
    }),
    onSuccess: setCandidate,
    onError: (error) => setProblem(errorText(t, error)),
  });

  const start = () => {
    setProblem(null);
    setCandidate(null);
    restore.reset();
  };

  const inspectFile = async (file: File) => {
    start();
    if (file.size === 0) {
      setProblem(t('admin.restore.emptyFile', { file: file.name }));
      return;
    }
    try {
      const uploadId = await uploadForRestore(file);
      inspect.mutate({ source: { uploadId, fileName: file.name }, label: file.name });
    } catch (error) {
      setProblem(errorText(t, error));
    }
  };

  const inspectPath = (path: string) => {
    start();
    inspect.mutate({ source: { path }, label: fileName(path) });
  };

  return {
    inspectFile,
    inspectPath,
    inspecting: inspect.isPending,
    candidate,
    problem,
    cancel: () => setCandidate(null),
    confirm: () => candidate && restore.mutate(candidate),
    restoring: restore.isPending,
    restored: restore.data,
  };
}
