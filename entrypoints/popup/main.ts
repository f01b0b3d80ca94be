document.getElementById('app')!.textContent = 'Paperscope';
